package io.twinnet.reports.npy;

import static io.twinnet.reports.npy.NpyFiles.doubles;
import static io.twinnet.reports.npy.NpyFiles.v1;
import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyReaderTest {

    private static final String F8_2X3 = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }\n";

    private static NpyFormatException refused(byte[] file) {
        return assertThrows(NpyFormatException.class, () -> NpyArray.class.cast(NpyReader.fromBytes(file, "x.npy")));
    }

    @Test
    void roundTripKeepsShapeDtypeAndEveryBit(@TempDir Path dir) throws Exception {
        NpyArray[] arrays = {
            NpyArray.doubleVector(0.1, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, -Double.MAX_VALUE),
            NpyArray.ofDoubles(new double[] {42}),
            NpyArray.ofDoubles(new double[0], 0),
            NpyArray.ofDoubles(new double[0], 3, 0, 2),
            NpyArray.matrix(new double[][] {{1, 2, 3}, {4, 5, 6}}),
            NpyArray.ofDoubles(new double[24], 2, 3, 4),
            NpyArray.intVector(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE),
            NpyArray.ofInts(new int[] {5, 6, 7, 8, 9, 10}, 3, 2),
        };
        for (int i = 0; i < arrays.length; i++) {
            Path file = dir.resolve("a" + i + ".npy");
            NpyWriter.write(arrays[i], file);
            NpyArray back = NpyReader.read(file);
            assertEquals(arrays[i], back, arrays[i].toString());
            assertArrayEquals(arrays[i].shape(), back.shape());
            assertEquals(arrays[i].dtype(), back.dtype());
        }
        NpyArray nan = NpyReader.read(dir.resolve("a0.npy"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(nan.get(1)));
        assertTrue(Double.isNaN(nan.get(2)));
    }

    @Test
    void aLargeArrayCrossesTheChunkBoundaryIntact() throws Exception {
        double[] data = new double[300_001];
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.sin(i) * 1e3;
        }
        NpyArray array = NpyArray.ofDoubles(data, 300_001);
        assertEquals(array, NpyReader.fromBytes(NpyWriter.toBytes(array), "big"));
    }

    @Test
    void readsAHandWrittenHeaderWithOtherSpacingQuotesAndKeyOrder() throws Exception {
        String header = "{\"shape\":(2,3),\"fortran_order\":False,'descr':'<f8'}";
        NpyArray array = NpyReader.fromBytes(v1(header, doubles(LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6)), "hand.npy");
        assertArrayEquals(new int[] {2, 3}, array.shape());
        assertEquals(6.0, array.get(1, 2));
        assertEquals(2.0, array.get(0, 1));
    }

    @Test
    void fortranOrderedDataIsReorderedToCOrder() throws Exception {
        // The 2 × 3 matrix [[1, 2, 3], [4, 5, 6]] stored column by column: 1 4 2 5 3 6.
        String header = "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }\n";
        NpyArray array = NpyReader.fromBytes(v1(header, doubles(LITTLE_ENDIAN, 1, 4, 2, 5, 3, 6)), "f.npy");
        assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, array.toMatrix());
        // 2 × 2 × 2, element (i, j, k) = 100i + 10j + k, first index fastest in the file.
        String cube = "{'descr': '<i4', 'fortran_order': True, 'shape': (2, 2, 2), }\n";
        byte[] data = NpyFiles.ints(LITTLE_ENDIAN, 0, 100, 10, 110, 1, 101, 11, 111);
        NpyArray c = NpyReader.fromBytes(v1(cube, data), "cube.npy");
        assertArrayEquals(new int[] {0, 1, 10, 11, 100, 101, 110, 111}, c.toIntArray());
    }

    @Test
    void readsBigEndianFloat32AndInt64AndVersion2() throws Exception {
        NpyArray big = NpyReader.fromBytes(v1("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }\n",
                doubles(BIG_ENDIAN, 0.5, -8)), "be.npy");
        assertArrayEquals(new double[] {0.5, -8}, big.toDoubleArray());
        NpyArray f4 = NpyReader.fromBytes(v1("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }\n",
                NpyFiles.floats(LITTLE_ENDIAN, 0.1f, 3f)), "f4.npy");
        assertEquals(NpyDtype.FLOAT64, f4.dtype());
        assertArrayEquals(new double[] {(double) 0.1f, 3.0}, f4.toDoubleArray());
        NpyArray i8 = NpyReader.fromBytes(v1("{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }\n",
                NpyFiles.longs(LITTLE_ENDIAN, -5, 0, Integer.MAX_VALUE)), "i8.npy");
        assertEquals(NpyDtype.INT32, i8.dtype());
        assertArrayEquals(new int[] {-5, 0, Integer.MAX_VALUE}, i8.toIntArray());
        NpyArray v2 = NpyReader.fromBytes(NpyFiles.v2(F8_2X3, doubles(LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6)), "v2.npy");
        assertEquals(5.0, v2.get(1, 1));
    }

    @Test
    void anInt64ThatDoesNotFitIsRefusedNamingTheElement() {
        NpyFormatException e = refused(v1("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }\n",
                NpyFiles.longs(LITTLE_ENDIAN, 1, 1L << 40)));
        assertTrue(e.getMessage().contains("1099511627776 at element 1 does not fit in int32"), e.getMessage());
    }

    @Test
    void malformedFilesAreRefusedWithWhatIsWrong() {
        byte[] good = v1(F8_2X3, doubles(LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6));
        String[][] cases = {
            {"not a NumPy .npy file", "hello world, this is text"},
            {"it looks like a zip archive", "PK\u0003\u0004 zip"},
        };
        for (String[] c : cases) {
            NpyFormatException e = refused(c[1].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            assertTrue(e.getMessage().startsWith("x.npy: "), e.getMessage());
            assertTrue(e.getMessage().contains(c[0]), e.getMessage());
        }
        assertTrue(refused(Arrays.copyOf(good, 7)).getMessage().contains("truncated"));
        assertTrue(refused(Arrays.copyOf(good, 30)).getMessage().contains("truncated: the file ends inside the header"));
        NpyFormatException shortData = refused(Arrays.copyOf(good, good.length - 3));
        assertTrue(shortData.getMessage().contains("truncated: shape (2, 3) needs 48 data bytes but the file holds only 45"),
                shortData.getMessage());
        byte[] longer = Arrays.copyOf(good, good.length + 5);
        assertTrue(refused(longer).getMessage().contains("5 bytes follow the 48 data bytes"));
        byte[] version = good.clone();
        version[6] = 4;
        assertTrue(refused(version).getMessage().contains("format version 4.0 is not supported"));
    }

    @Test
    void badHeadersAreRefusedWithWhatIsWrong() {
        byte[] six = doubles(LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6);
        String[][] cases = {
            {"{'descr': '<f8', 'shape': (2, 3), }", "exactly the keys 'descr', 'fortran_order' and 'shape'"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), 'extra': True}", "exactly the keys"},
            {"{'descr': '<c16', 'fortran_order': False, 'shape': (2, 3), }", "element type '<c16' is not supported"},
            {"{'descr': '|b1', 'fortran_order': False, 'shape': (2, 3), }", "element type '|b1' is not supported"},
            {"{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (2, 3), }", "structured"},
            {"{'descr': '<f8', 'fortran_order': 0, 'shape': (2, 3), }", "malformed header"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (2, -3), }", "malformed header"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': 6, }", "malformed header"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), } trailing", "unexpected text after the header"},
            {"{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (2, 3)}", "appears twice"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999,), }", "too large for a Java array"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (70000, 70000), }", "more elements than a Java array"},
        };
        for (String[] c : cases) {
            NpyFormatException e = refused(v1(c[0] + "\n", six));
            assertTrue(e.getMessage().contains(c[1]), c[0] + " gave: " + e.getMessage());
        }
    }

    @Test
    void aMissingFileIsReportedByName(@TempDir Path dir) {
        Path missing = dir.resolve("none.npy");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> NpyReader.read(missing));
        assertTrue(e.getMessage().contains("none.npy"));
    }

    @Test
    void aWrittenFileIsReadFromDiskWithItsName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corrupt.npy");
        Files.write(file, new byte[] {1, 2, 3});
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyReader.read(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
    }
}
