package io.twinnet.experiments.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.twinnet.core.data.Dataset;
import org.junit.jupiter.api.Test;

class PixelRangeTest {
    private static final Dataset PIXELS = Dataset.of("two images", new double[] {0, 0.25, 1, 0.5, 0.75, 0}, new double[] {1, 0, 0, 1}, 3, 2);

    @Test
    void symmetricMapsZeroToMinusOneAndOneToOne() {
        Dataset d = PixelRange.SYMMETRIC.apply(PIXELS);
        assertArrayEquals(new double[] {-1, -0.5, 1, 0, 0.5, -1}, d.features());
        assertArrayEquals(PIXELS.labels(), d.labels());
        assertEquals("two images in [-1, 1]", d.name());
        assertArrayEquals(new double[] {0, 0.25, 1, 0.5, 0.75, 0}, PIXELS.features(), "the source is not changed");
    }

    @Test
    void unitLeavesTheLoadedPixelsAsTheyAre() {
        assertSame(PIXELS, PixelRange.UNIT.apply(PIXELS));
        assertEquals("[0, 1]", PixelRange.UNIT.interval());
        assertEquals("symmetric", PixelRange.SYMMETRIC.label());
    }
}
