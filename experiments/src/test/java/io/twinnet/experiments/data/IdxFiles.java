package io.twinnet.experiments.data;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: writes small IDX files byte by byte, and damages files in place. */
final class IdxFiles {
    private IdxFiles() {
    }

    /** An IDX file: big-endian {@code magic}, then each dimension, then {@code data}. */
    static Path write(Path file, int magic, int[] dims, byte[] data) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        buf.putInt(magic);
        for (int d : dims) buf.putInt(d);
        buf.put(data);
        return Files.write(file, buf.array());
    }

    /** Flips every bit of the byte at {@code offset}. */
    static void flipByte(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ 0xff);
        }
    }

    /** Cuts the file to {@code length} bytes. */
    static void truncate(Path file, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
    }
}
