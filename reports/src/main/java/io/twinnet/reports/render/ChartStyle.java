package io.twinnet.reports.render;

import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.LineStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;

/**
 * The look every chart kind shares: the colour palette, the strokes of the line styles, the
 * reference curves' grey dashes, fonts and numeric axes. Kept in one place so a line chart, an
 * interval chart and a heat map of one report read alike.
 */
final class ChartStyle {

    /** Okabe & Ito (2008), "Color Universal Design", without the yellow that is unreadable on white. */
    static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000));
    /** The neutral colour of reference (theory) curves, apart from every data colour. */
    static final Color REFERENCE_GREY = new Color(0x555555);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color NOTE = new Color(0x8A5300);
    /** How opaque a band's area is: light enough that lines and other bands show through. */
    static final float BAND_ALPHA = 0.18f;
    static final String FONT = Font.SANS_SERIF;

    private static final float[][] REFERENCE_DASHES = {{7f, 4f}, {2f, 3f}, {9f, 3f, 2f, 3f}};
    private static final float[] DASHED = {7f, 4f};
    private static final float[] DOTTED = {1.5f, 3.5f};

    private ChartStyle() {
    }

    /** The palette colour of the {@code index}-th colour group, wrapping round after the last. */
    static Color colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /**
     * A colour per key in order of first appearance: series that share a key (a colour group)
     * get the same colour, distinct keys the next palette colour.
     */
    static Map<String, Color> colours(List<String> keys) {
        Map<String, Color> colours = new LinkedHashMap<>();
        for (String key : keys) {
            colours.computeIfAbsent(key, k -> colour(colours.size()));
        }
        return colours;
    }

    /** The stroke of a data line drawn in {@code style}. */
    static Stroke line(LineStyle style) {
        return switch (style) {
            case SOLID -> new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case DASHED -> new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASHED, 0f);
            case DOTTED -> new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, DOTTED, 0f);
        };
    }

    /** The stroke of the {@code index}-th reference curve: grey dashes in patterns that cycle. */
    static Stroke reference(int index) {
        float[] pattern = REFERENCE_DASHES[index % REFERENCE_DASHES.length];
        return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    static Shape marker(double size) {
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }

    static Font labelFont() {
        return new Font(FONT, Font.PLAIN, 13);
    }

    static Font tickFont() {
        return new Font(FONT, Font.PLAIN, 11);
    }

    /** A value axis for the model's axis: a {@link DecadeAxis} when logarithmic, else a linear one. */
    static ValueAxis axis(Axis axis) {
        if (axis.log()) {
            DecadeAxis log = new DecadeAxis(axis.label());
            log.setLabelFont(labelFont());
            log.setTickLabelFont(tickFont());
            return log;
        }
        NumberAxis linear = new NumberAxis(axis.label());
        linear.setAutoRangeIncludesZero(false);
        linear.setStandardTickUnits(linearUnits());
        linear.setLabelFont(labelFont());
        linear.setTickLabelFont(tickFont());
        return linear;
    }

    /**
     * Tick units for a linear axis: 1, 2 and 5 times every power of ten from 10⁻¹⁵ to 10¹⁵, with
     * labels formatted in {@link Locale#ROOT} (JFreeChart's default follows the machine's locale,
     * which would make the same report differ between machines).
     */
    static TickUnitSource linearUnits() {
        TickUnits units = new TickUnits();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        for (int power = -15; power <= 15; power++) {
            NumberFormat format;
            if (power < -5 || power > 6) {
                format = new DecimalFormat("0.#E0", symbols);
            } else if (power < 0) {
                format = new DecimalFormat("0." + "0".repeat(-power), symbols);
            } else {
                format = new DecimalFormat("0", symbols);
            }
            for (int factor : new int[] {1, 2, 5}) {
                units.add(new NumberTickUnit(factor * Math.pow(10, power), format, 0));
            }
        }
        return units;
    }
}
