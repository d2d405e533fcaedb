package io.twinnet.reports.model;

/** A table cell holding a number; NaN and ±∞ are allowed (a diverged run, a missing value). */
public record NumberCell(double value) implements Cell {
}
