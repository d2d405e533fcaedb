package io.twinnet.reports.model;

/**
 * What a {@link Figure} draws: an x–y chart (lines or scatter, with bands and reference curves), a
 * bar chart, point estimates with error bars ({@link IntervalChart}) or a two-parameter scan
 * ({@link HeatMapChart}).
 */
public sealed interface Chart permits XyChart, BarChart, IntervalChart, HeatMapChart {

    /** The vertical axis, present in every kind (a heat map's holds only its label). */
    Axis yAxis();
}
