package io.twinnet.experiments.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsImagesRowByRowAsUnsignedBytes() throws Exception {
        // two images of 2 x 3 pixels; 0xFF must read as 255, not -1
        byte[] pixels = {0, 1, 2, 3, 4, 5, (byte) 255, (byte) 128, 7, 8, 9, 10};
        Path f = IdxFiles.write(dir.resolve("img"), 0x00000803, new int[] {2, 2, 3}, pixels);
        IdxImages images = IdxReader.readImages(f);
        assertEquals(2, images.count());
        assertEquals(2, images.rows());
        assertEquals(3, images.columns());
        assertEquals(5, images.pixel(0, 5));
        assertEquals(255, images.pixel(1, 0));
        assertEquals(128, images.pixel(1, 1));
        assertEquals(10, images.pixel(1, 5));
    }

    @Test
    void readsLabelsAsUnsignedBytes() throws Exception {
        Path f = IdxFiles.write(dir.resolve("lab"), 0x00000801, new int[] {3}, new byte[] {7, 0, 9});
        IdxLabels labels = IdxReader.readLabels(f);
        assertEquals(3, labels.count());
        assertEquals(7, labels.label(0));
        assertEquals(9, labels.label(2));
    }

    @Test
    void aWrongMagicNumberIsRefusedNamingTheFile() throws Exception {
        // a label file's magic where an image file is expected
        Path f = IdxFiles.write(dir.resolve("swapped"), 0x00000801, new int[] {4}, new byte[] {1, 2, 3, 4});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("wrong magic number 0x00000801, expected 0x00000803"), e.getMessage());
        assertEquals(f, e.file());
    }

    @Test
    void aGzippedFileIsRefusedForItsMagicNumber() throws Exception {
        // gzip streams start 1F 8B 08 00: a common mistake is to give the .gz file itself
        Path f = IdxFiles.write(dir.resolve("t10k-labels-idx1-ubyte"), 0x1F8B0800, new int[] {0}, new byte[16]);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(f));
        assertTrue(e.getMessage().contains("0x1F8B0800"), e.getMessage());
    }

    @Test
    void aTruncatedImageFileIsRefusedWithTheAnnouncedAndActualLengths() throws Exception {
        Path f = IdxFiles.write(dir.resolve("short"), 0x00000803, new int[] {2, 2, 2}, new byte[7]); // 8 announced
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().startsWith(f + ": truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("2 images of 2 x 2 pixels (24 bytes in all) but the file has only 23 bytes"), e.getMessage());
    }

    @Test
    void aFileShorterThanItsHeaderIsRefused() throws Exception {
        Path f = java.nio.file.Files.write(dir.resolve("tiny"), new byte[] {0, 0, 8, 3, 0, 0});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().contains("truncated: 6 bytes, shorter than the 16-byte header"), e.getMessage());
    }

    @Test
    void bytesPastTheAnnouncedDataAreRefused() throws Exception {
        Path f = IdxFiles.write(dir.resolve("long"), 0x00000801, new int[] {2}, new byte[] {1, 2, 3});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(f));
        assertTrue(e.getMessage().contains("too long"), e.getMessage());
    }

    @Test
    void aNonPositiveDimensionIsRefused() throws Exception {
        Path f = IdxFiles.write(dir.resolve("zero"), 0x00000803, new int[] {1, 0, 28}, new byte[0]);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(f));
        assertTrue(e.getMessage().contains("dimension 1 of the header is 0"), e.getMessage());
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path f = dir.resolve("absent");
        Exception e = assertThrows(java.nio.file.NoSuchFileException.class, () -> IdxReader.readLabels(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    }
}
