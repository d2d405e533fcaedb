package io.twinnet.reports.render;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The colour scale of a number heat map: viridis (van der Walt and Smith, matplotlib 2.0), dark
 * blue for the lowest value through green to yellow for the highest, interpolated linearly between
 * nine samples of the map. Viridis is perceptually uniform, reads in grey print and is safe for the
 * common colour-vision deficiencies. A value that is not a number gets the empty-cell grey.
 */
final class ColourScale implements PaintScale {

    static final Color EMPTY = new Color(0xEEEEEE);

    private static final int[] VIRIDIS = {
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725,
    };

    private final double lower;
    private final double upper;

    /** A scale over [{@code lower}, {@code upper}], {@code lower < upper}. */
    ColourScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (!Double.isFinite(value)) {
            return EMPTY;
        }
        double t = (value - lower) / (upper - lower);
        t = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) Math.floor(t), VIRIDIS.length - 2);
        double f = t - i;
        Color a = new Color(VIRIDIS[i]);
        Color b = new Color(VIRIDIS[i + 1]);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    /** Whether text on {@code paint} should be white rather than black (the darker half of the map). */
    static boolean dark(Paint paint) {
        Color c = (Color) paint;
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
