package io.twinnet.experiments.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * MNIST files in a directory the user names (option {@code --from DIR} or the environment
 * variable {@code TWINNET_MNIST_DIR}): each file under its uncompressed name, or gzipped under
 * that name plus {@code .gz} (as the original distribution ships them), which is unpacked.
 */
public final class DirectorySource implements MnistSource {
    private final Path directory;
    private final String origin;

    /**
     * @param directory the directory holding the files
     * @param origin    how the user named it, for messages (e.g. {@code --from}, {@code TWINNET_MNIST_DIR})
     */
    public DirectorySource(Path directory, String origin) {
        this.directory = directory.toAbsolutePath();
        this.origin = origin;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String description() {
        return "directory " + directory + " (" + origin + ")";
    }

    @Override
    public void fetchInto(Set<MnistFile> wanted, Path staging) throws IOException {
        if (!Files.exists(directory)) throw new NoSuchFileException(directory.toString(), null, "no such directory");
        if (!Files.isDirectory(directory)) throw new NotDirectoryException(directory.toString());
        for (MnistFile f : wanted) {
            Path plain = directory.resolve(f.fileName());
            Path gzipped = directory.resolve(f.fileName() + ".gz");
            Path target = staging.resolve(f.fileName());
            if (Files.isRegularFile(plain)) {
                Files.copy(plain, target);
            } else if (Files.isRegularFile(gzipped)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped), 1 << 16)) {
                    Files.copy(in, target);
                } catch (IOException e) {
                    Files.deleteIfExists(target);
                    throw new IOException(gzipped + ": cannot be unpacked (" + e.getMessage() + ")", e);
                }
            }
        }
    }
}
