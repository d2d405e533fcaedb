package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A named series of point estimates with intervals, drawn as markers with error bars in an
 * {@link IntervalChart}. Series that share a {@code group} share a colour, as in {@link XySeries}.
 *
 * @param name   the legend label; unique within its chart
 * @param group  the colour group, empty for a group of its own
 * @param points the estimates in x order, may be empty
 */
public record IntervalSeries(String name, String group, List<IntervalPoint> points) {

    public IntervalSeries {
        name = Checks.requiredText(name, "series.name");
        group = Checks.text(group, "series[" + name + "].group");
        points = Checks.list(points, "series[" + name + "].points");
    }

    public static IntervalSeries of(String name, List<IntervalPoint> points) {
        return new IntervalSeries(name, "", points);
    }

    /** A series from parallel arrays: x, estimate, lower end and upper end. */
    public static IntervalSeries of(String name, double[] xs, double[] estimates, double[] lower, double[] upper) {
        int n = xs.length;
        if (estimates.length != n || lower.length != n || upper.length != n) {
            throw new ReportModelException("series[" + name + "]", "needs as many estimates (" + estimates.length
                    + "), lower (" + lower.length + ") and upper (" + upper.length + ") ends as x values (" + n + ")");
        }
        List<IntervalPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new IntervalPoint(xs[i], estimates[i], lower[i], upper[i]));
        }
        return new IntervalSeries(name, "", points);
    }

    /** This series in colour group {@code group}. */
    public IntervalSeries inGroup(String group) {
        return new IntervalSeries(name, group, points);
    }

    /** The key that decides the colour: the group, or the name for a series of its own. */
    public String colourKey() {
        return group.isEmpty() ? name : group;
    }

    /** The estimates as an {@link XySeries} (for counting what a chart can draw). */
    public XySeries estimates() {
        return XySeries.of(name, points.stream().map(IntervalPoint::point).toList());
    }
}
