package io.twinnet.reports.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NpyWriterTest {

    /**
     * Magic, version 1.0, HEADER_LEN = 118 = 0x76, then the dict. The dict text
     * "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }" is 57 characters; NumPy
     * leaves 21 − len("3") = 20 spare spaces for the first dimension to grow, which makes 77, plus
     * the newline 78; 10 + 78 = 88, and the next multiple of 64 is 128, so 40 more spaces:
     * 60 spaces in all, 118 header bytes, 128 bytes before the data. (numpy.save writes exactly
     * these bytes.)
     */
    @Test
    void headerOfAFloatVectorMatchesTheFormatByteForByte() {
        byte[] file = NpyWriter.toBytes(NpyArray.doubleVector(1.5, -2.0, 3.25));
        byte[] expectedHeader = concat(
                new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 0x01, 0x00, 0x76, 0x00},
                ("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }" + " ".repeat(60) + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
        assertEquals(128, expectedHeader.length);
        assertArrayEquals(expectedHeader, Arrays.copyOf(file, 128));
        assertArrayEquals(NpyFiles.doubles(ByteOrder.LITTLE_ENDIAN, 1.5, -2.0, 3.25),
                Arrays.copyOfRange(file, 128, file.length));
    }

    /**
     * (2, 3) int32: the dict is 59 characters, 20 spare spaces after it (first dimension "2"),
     * 80 with the newline, 10 + 80 = 90 → 128, so 38 more: 58 spaces, HEADER_LEN 118.
     */
    @Test
    void headerOfAnIntMatrixMatchesTheFormatByteForByte() {
        byte[] file = NpyWriter.toBytes(NpyArray.ofInts(new int[] {1, 2, 3, -4, 5, Integer.MIN_VALUE}, 2, 3));
        byte[] expected = concat(
                new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 0x01, 0x00, 0x76, 0x00},
                ("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }" + " ".repeat(58) + "\n")
                        .getBytes(StandardCharsets.US_ASCII),
                NpyFiles.ints(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, -4, 5, Integer.MIN_VALUE));
        assertArrayEquals(expected, file);
    }

    /** A scalar has shape () and no spare growth spaces: 55 + 1 = 56, 10 + 56 = 66 → 128, 62 spaces. */
    @Test
    void headerOfAScalarHasAnEmptyShapeTuple() {
        byte[] file = NpyWriter.toBytes(NpyArray.ofDoubles(new double[] {7}));
        String header = new String(file, 10, 118, StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<f8', 'fortran_order': False, 'shape': (), }" + " ".repeat(62) + "\n", header);
        assertEquals(128 + 8, file.length);
    }

    @Test
    void everyHeaderEndsWithANewlineAndPutsTheDataOnA64ByteBoundary() {
        int[][] shapes = {{0}, {1}, {9}, {10}, {123456789, 0}, {2, 0}, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
                {100000, 0, 3}};
        for (int[] shape : shapes) {
            int size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            byte[] file = NpyWriter.toBytes(NpyArray.ofInts(new int[size], shape));
            int headerLength = (file[8] & 0xff) | (file[9] & 0xff) << 8;
            assertEquals(0, (10 + headerLength) % 64, Arrays.toString(shape));
            assertEquals('\n', file[10 + headerLength - 1], Arrays.toString(shape));
            assertEquals(10 + headerLength + 4L * size, file.length);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        assertTrue(at == length);
        return out;
    }
}
