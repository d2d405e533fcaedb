package io.twinnet.reports.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A base-10 log axis labelled at whole powers of ten, with labels as plain text (10⁻³, 10⁰, …,
 * see {@link PowerOfTenFormat}). JFreeChart's {@link LogAxis} makes attributed tick labels, which
 * JFreeSVG can only draw as glyph outlines; this axis hands the same ticks over as plain-text
 * {@link NumberTick}s, which become SVG text.
 */
final class DecadeAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    DecadeAxis(String label) {
        super(label);
        setBase(10);
        TickUnits units = new TickUnits();
        DecimalFormat integers = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (int decades : new int[] {1, 2, 3, 5, 10, 20, 50, 100}) {
            units.add(new NumberTickUnit(decades, integers, 0));
        }
        setStandardTickUnits(units);
        setNumberFormatOverride(new PowerOfTenFormat());
    }

    /**
     * Spans whole decades around the data, so every log chart has labelled powers of ten. A hair
     * wider than the decades: JFreeChart finds the first tick as ceil(log10(lower)), and log10 of
     * 10^k computed as ln/ln can come out just above k, which would lose the bottom label.
     */
    void spanDecades(double min, double max) {
        if (!(min > 0) || !(max > 0) || Double.isInfinite(max)) {
            return;
        }
        double low = Math.floor(Math.log10(min));
        double high = Math.ceil(Math.log10(max));
        if (high <= low) {
            high = low + 1;
        }
        setRange(Math.pow(10, low) * (1 - 1e-9), Math.pow(10, high) * (1 + 1e-9));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> plain = new ArrayList<>();
        for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
            ValueTick t = (ValueTick) tick;
            boolean major = t.getTickType() == org.jfree.chart.axis.TickType.MAJOR;
            String text = major ? getNumberFormatOverride().format(t.getValue()) : "";
            plain.add(new NumberTick(t.getTickType(), t.getValue(), text, t.getTextAnchor(), t.getRotationAnchor(),
                    t.getAngle()));
        }
        return plain;
    }
}
