package io.twinnet.reports.model;

/** What a {@link Figure} draws: an x–y chart (lines or scatter) or a bar chart. */
public sealed interface Chart permits XyChart, BarChart {

    /** The vertical axis, present in both kinds. */
    Axis yAxis();
}
