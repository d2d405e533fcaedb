package io.twinnet.core.spec;

/**
 * The shape of one example as it flows between layers. A feed-forward shape is a vector of
 * {@code channels} values ({@code height = width = 1}, {@code spatial = false}); a spatial shape is
 * {@code channels × height × width}, laid out NCHW (channel-major, then rows, then columns) exactly
 * as DL4J lays out a convolutional activation in 'c' order. Features are always passed to a
 * network flat, {@link #size()} values per example.
 */
public record Shape(int channels, int height, int width, boolean spatial) {

    public Shape {
        SpecException.requirePositive(channels, spatial ? "channels" : "size");
        SpecException.requirePositive(height, "height");
        SpecException.requirePositive(width, "width");
        if (!spatial) {
            SpecException.require(height == 1 && width == 1, "height", "a feed-forward shape has height = width = 1");
        }
    }

    /** A vector of {@code size} features. */
    public static Shape vector(int size) {
        return new Shape(size, 1, 1, false);
    }

    /** A {@code channels × height × width} image, NCHW. */
    public static Shape image(int channels, int height, int width) {
        return new Shape(channels, height, width, true);
    }

    /** Number of values per example: channels·height·width. */
    public int size() {
        return channels * height * width;
    }

    @Override
    public String toString() {
        return spatial ? channels + "x" + height + "x" + width : Integer.toString(channels);
    }
}
