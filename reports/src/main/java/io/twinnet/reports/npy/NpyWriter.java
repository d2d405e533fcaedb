package io.twinnet.reports.npy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link NpyArray}s as NumPy {@code .npy} files, format version 1.0, little-endian,
 * C order: the bytes {@code numpy.save} writes for the same array (header layout in
 * {@link NpyHeader}), so {@code numpy.load} gives back the array with its shape and dtype.
 */
public final class NpyWriter {

    private static final int CHUNK_ELEMENTS = 1 << 16;

    private NpyWriter() {
    }

    /** Writes the array to {@code file}, replacing it. */
    public static void write(NpyArray array, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(array, out);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + e, e);
        }
    }

    /** Writes the array to a stream (left open). */
    public static void write(NpyArray array, OutputStream out) throws IOException {
        out.write(NpyHeader.encode(array.dtype(), array.shape()));
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_ELEMENTS * array.dtype().itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        int size = array.size();
        for (int start = 0; start < size; start += CHUNK_ELEMENTS) {
            int n = Math.min(CHUNK_ELEMENTS, size - start);
            buffer.clear();
            if (array.dtype() == NpyDtype.FLOAT64) {
                buffer.asDoubleBuffer().put(array.doublesView(), start, n);
            } else {
                buffer.asIntBuffer().put(array.intsView(), start, n);
            }
            out.write(buffer.array(), 0, n * array.dtype().itemSize());
        }
    }

    /** The whole file as bytes. */
    public static byte[] toBytes(NpyArray array) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + array.size() * array.dtype().itemSize());
        try {
            write(array, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
