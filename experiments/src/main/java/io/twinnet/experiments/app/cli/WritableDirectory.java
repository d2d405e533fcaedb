package io.twinnet.experiments.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check every command that writes a directory makes first: it is (or can be made) a directory this process can write. */
final class WritableDirectory {
    private WritableDirectory() {
    }

    /**
     * {@code dir} made absolute, created when missing and probed with a temporary file; bad input naming
     * {@code option} when it is a file or cannot be written.
     */
    static Path prepare(Path dir, String option) {
        Path d = dir.toAbsolutePath().normalize();
        if (Files.exists(d) && !Files.isDirectory(d)) throw new UserInputException(option + ": " + d + " exists and is not a directory");
        try {
            Files.createDirectories(d);
            Files.delete(Files.createTempFile(d, ".write-test", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new UserInputException(option + ": cannot write to " + d + " (" + e.getMessage() + "); choose a writable directory");
        }
        return d;
    }
}
