package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A named series of (x, y) points, drawn in the given order.
 *
 * <p>A <em>reference</em> series (a theoretical curve, a bound) is drawn as a grey dashed line
 * without markers and has its own legend entry; a data series is drawn in colour. Data series
 * that share a {@code group} share one colour (one configuration, say) and are told apart by
 * their {@link LineStyle} (one implementation solid, another dashed); a series with an empty
 * group is a group of its own. A {@link Band}, when present, is drawn behind the line as a
 * translucent area of the same colour.
 *
 * @param name      the legend label; unique within its chart
 * @param points    the points, may be empty
 * @param reference true for a theoretical or reference curve
 * @param group     the colour group, empty for a group of its own
 * @param style     how the line is stroked (data series; {@link LineStyle#SOLID} when null)
 * @param band      the spread around each point, or null for none; as many pairs as points
 */
public record XySeries(String name, List<Point> points, boolean reference, String group, LineStyle style,
                       Band band) {

    public XySeries {
        name = Checks.requiredText(name, "series.name");
        String field = "series[" + name + "]";
        points = Checks.list(points, field + ".points");
        group = Checks.text(group, field + ".group");
        style = style == null ? LineStyle.SOLID : style;
        if (band != null && band.size() != points.size()) {
            throw new ReportModelException(field + ".band", "has " + band.size() + " pairs but the series has "
                    + points.size() + " points");
        }
    }

    /** A solid series of its own colour group, without a band. */
    public XySeries(String name, List<Point> points, boolean reference) {
        this(name, points, reference, "", LineStyle.SOLID, null);
    }

    public static XySeries of(String name, List<Point> points) {
        return new XySeries(name, points, false);
    }

    /** A data series from parallel arrays of x and y values. */
    public static XySeries of(String name, double[] xs, double[] ys) {
        return new XySeries(name, zip(name, xs, ys), false);
    }

    /** A data series with y values at x = 0, 1, 2, … (a per-step curve). */
    public static XySeries ofSteps(String name, double[] ys) {
        double[] xs = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
        }
        return of(name, xs, ys);
    }

    public static XySeries reference(String name, List<Point> points) {
        return new XySeries(name, points, true);
    }

    public static XySeries reference(String name, double[] xs, double[] ys) {
        return new XySeries(name, zip(name, xs, ys), true);
    }

    /** This series in colour group {@code group} (series of one group share a colour). */
    public XySeries inGroup(String group) {
        return new XySeries(name, points, reference, group, style, band);
    }

    /** This series stroked with {@code style}. */
    public XySeries styled(LineStyle style) {
        return new XySeries(name, points, reference, group, style, band);
    }

    /** This series with a band, one (lower, upper) pair per point. */
    public XySeries withBand(double[] lower, double[] upper) {
        return withBand(Band.of(lower, upper));
    }

    public XySeries withBand(Band band) {
        return new XySeries(name, points, reference, group, style, band);
    }

    /** The key that decides the colour: the group, or the name for a series of its own. */
    public String colourKey() {
        return group.isEmpty() ? name : group;
    }

    private static List<Point> zip(String name, double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new ReportModelException("series[" + name + "]", "has " + xs.length + " x values but "
                    + ys.length + " y values");
        }
        List<Point> points = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            points.add(new Point(xs[i], ys[i]));
        }
        return points;
    }
}
