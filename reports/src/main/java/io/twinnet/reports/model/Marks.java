package io.twinnet.reports.model;

/** How the data series of an {@link XyChart} are drawn; reference series are always dashed lines. */
public enum Marks {
    /** A line through the points (curves over steps, epochs, depth). */
    LINES,
    /** A marker at each point, no line (a scatter plot). */
    POINTS,
    /** A line and a marker at each point (few points, such as a learning-rate sweep). */
    LINES_AND_POINTS
}
