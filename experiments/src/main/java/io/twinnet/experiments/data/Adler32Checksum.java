package io.twinnet.experiments.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Adler32;

/**
 * The Adler-32 checksum of a whole file (RFC 1950, section 8.2; {@link java.util.zip.Adler32}),
 * the checksum Deeplearning4j records for its MNIST files (computed there with commons-io's
 * {@code FileUtils.checksum(file, new Adler32())}).
 */
public final class Adler32Checksum {
    private Adler32Checksum() {
    }

    /** The Adler-32 of every byte of {@code file}, as an unsigned value in [0, 2^32). */
    public static long of(Path file) throws IOException {
        Adler32 adler = new Adler32();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) adler.update(buffer, 0, n);
        }
        return adler.getValue();
    }

    /** The value as DL4J's logs and our messages show it, e.g. {@code 2094436111 (0x7CD6C00F)}. */
    public static String format(long value) {
        return value + String.format(" (0x%08X)", value);
    }
}
