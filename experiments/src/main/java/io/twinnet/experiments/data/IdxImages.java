package io.twinnet.experiments.data;

/**
 * The content of an IDX image file: {@code count} images of {@code rows × columns} unsigned
 * 8-bit pixels, stored image after image, row by row. Immutable (the pixel array is private and
 * only handed out as single values or copies).
 */
public final class IdxImages {
    private final int count;
    private final int rows;
    private final int columns;
    private final byte[] pixels;

    IdxImages(int count, int rows, int columns, byte[] pixels) {
        if ((long) count * rows * columns != pixels.length) {
            throw new IllegalArgumentException("pixels: expected " + count + " x " + rows + " x " + columns + " bytes, got " + pixels.length);
        }
        this.count = count;
        this.rows = rows;
        this.columns = columns;
        this.pixels = pixels;
    }

    public int count() { return count; }
    public int rows() { return rows; }
    public int columns() { return columns; }

    /** Pixels per image ({@code rows × columns}). */
    public int pixelsPerImage() { return rows * columns; }

    /** Pixel {@code p} (row-major within the image) of image {@code image}, as its unsigned value 0..255. */
    public int pixel(int image, int p) {
        return pixels[image * pixelsPerImage() + p] & 0xff;
    }

    /** A copy of all pixels, unsigned bytes in file order. */
    public byte[] pixelsCopy() {
        return pixels.clone();
    }

    /** The raw pixel array (package-private: the loaders read it without a copy and never write it). */
    byte[] rawPixels() {
        return pixels;
    }
}
