package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A named series of (x, y) points, drawn in the given order. A <em>reference</em> series (a
 * theoretical curve, a bound) is drawn as a dashed grey line without markers, a data series in
 * colour.
 *
 * @param name      the legend label; unique within its chart
 * @param points    the points, may be empty
 * @param reference true for a theoretical or reference curve
 */
public record XySeries(String name, List<Point> points, boolean reference) {

    public XySeries {
        name = Checks.requiredText(name, "series.name");
        points = Checks.list(points, "series[" + name + "].points");
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
