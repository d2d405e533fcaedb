package io.twinnet.experiments.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads IDX files of unsigned bytes, the format of the MNIST database (LeCun et al.,
 * "THE MNIST DATABASE of handwritten digits"): a 4-byte big-endian magic number whose third
 * byte is the element type ({@code 0x08} = unsigned byte) and whose fourth byte is the number
 * of dimensions, then one big-endian 32-bit size per dimension, then the data. Image files
 * have three dimensions (count, rows, columns; magic {@code 0x00000803}), label files one
 * (count; magic {@code 0x00000801}).
 *
 * <p>Everything is checked before any value is used: the magic number, that every dimension
 * is positive, and that the file holds exactly the announced number of bytes (a truncated
 * file, or one with bytes past the announced data, is refused). Every message names the file.
 *
 * <p>Plain Java: no Deeplearning4j or ND4J class is used, so this is the core side's own reader.
 */
public final class IdxReader {
    /** Magic number of an IDX file of unsigned bytes with three dimensions (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned bytes with one dimension (labels). */
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /** Reads an IDX image file ({@code count × rows × columns} unsigned bytes). */
    public static IdxImages readImages(Path file) throws IOException {
        byte[] bytes = readAll(file);
        int[] dims = header(file, bytes, IMAGES_MAGIC, "images (3 dimensions: count, rows, columns)");
        int headerBytes = 4 + 4 * dims.length;
        long expected = (long) dims[0] * dims[1] * dims[2];
        checkLength(file, bytes.length, headerBytes, expected,
                dims[0] + " images of " + dims[1] + " x " + dims[2] + " pixels");
        return new IdxImages(dims[0], dims[1], dims[2], Arrays.copyOfRange(bytes, headerBytes, bytes.length));
    }

    /** Reads an IDX label file ({@code count} unsigned bytes). */
    public static IdxLabels readLabels(Path file) throws IOException {
        byte[] bytes = readAll(file);
        int[] dims = header(file, bytes, LABELS_MAGIC, "labels (1 dimension: count)");
        int headerBytes = 4 + 4 * dims.length;
        checkLength(file, bytes.length, headerBytes, dims[0], dims[0] + " labels");
        return new IdxLabels(Arrays.copyOfRange(bytes, headerBytes, bytes.length));
    }

    private static byte[] readAll(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "file not found");
        }
    }

    /** Checks the magic number and returns the dimension sizes, each checked to be positive. */
    private static int[] header(Path file, byte[] bytes, int magic, String what) throws IdxFormatException {
        int dimensions = magic & 0xff;
        int headerBytes = 4 + 4 * dimensions;
        if (bytes.length < 4) {
            throw new IdxFormatException(file, "truncated: " + bytes.length + " bytes, too short to hold an IDX magic number");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes); // big-endian by default, as IDX is
        int found = buf.getInt();
        if (found != magic) {
            throw new IdxFormatException(file, String.format(
                    "wrong magic number 0x%08X, expected 0x%08X for an IDX file of unsigned-byte %s; "
                            + "the file is corrupt or not such an IDX file", found, magic, what));
        }
        if (bytes.length < headerBytes) {
            throw new IdxFormatException(file, "truncated: " + bytes.length + " bytes, shorter than the "
                    + headerBytes + "-byte header of an IDX file of " + what);
        }
        int[] dims = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            dims[d] = buf.getInt();
            if (dims[d] <= 0) {
                throw new IdxFormatException(file, "dimension " + d + " of the header is " + dims[d] + ", must be positive");
            }
        }
        return dims;
    }

    private static void checkLength(Path file, long actual, int headerBytes, long dataBytes, String announced)
            throws IdxFormatException {
        long expected = headerBytes + dataBytes;
        if (actual < expected) {
            throw new IdxFormatException(file, "truncated: the header announces " + announced + " (" + expected
                    + " bytes in all) but the file has only " + actual + " bytes");
        }
        if (actual > expected) {
            throw new IdxFormatException(file, "too long: the header announces " + announced + " (" + expected
                    + " bytes in all) but the file has " + actual + " bytes");
        }
    }
}
