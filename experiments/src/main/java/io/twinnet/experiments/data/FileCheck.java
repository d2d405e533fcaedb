package io.twinnet.experiments.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The verdict on one MNIST file: its path, its {@link FileState}, DL4J's expected Adler-32
 * checksum, the checksum found (when the file could be read) and, when it is not valid, what is
 * wrong in words.
 */
public record FileCheck(MnistFile file, Path path, FileState state, long expectedAdler32, OptionalLong actualAdler32, String problem) {

    public FileCheck {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(actualAdler32, "actualAdler32");
        Objects.requireNonNull(problem, "problem");
        if (state == FileState.VALID && (actualAdler32.isEmpty() || actualAdler32.getAsLong() != expectedAdler32)) {
            throw new IllegalArgumentException("state: VALID needs the actual checksum to equal the expected one");
        }
    }

    /** Examines {@code path} as the MNIST file {@code file}: exists, is a regular file, and has DL4J's checksum. */
    public static FileCheck of(MnistFile file, Path path) {
        long expected = Dl4jMnistChecksums.expected(file);
        if (!Files.exists(path)) {
            return new FileCheck(file, path, FileState.MISSING, expected, OptionalLong.empty(), "missing");
        }
        if (!Files.isRegularFile(path)) {
            return new FileCheck(file, path, FileState.CORRUPT, expected, OptionalLong.empty(), "is not a regular file");
        }
        long actual;
        try {
            actual = Adler32Checksum.of(path);
        } catch (IOException e) {
            return new FileCheck(file, path, FileState.CORRUPT, expected, OptionalLong.empty(), "cannot be read (" + e + ")");
        }
        if (actual != expected) {
            return new FileCheck(file, path, FileState.CORRUPT, expected, OptionalLong.of(actual),
                    "its Adler-32 checksum is " + Adler32Checksum.format(actual) + ", DL4J's is " + Adler32Checksum.format(expected));
        }
        return new FileCheck(file, path, FileState.VALID, expected, OptionalLong.of(actual), "");
    }
}
