package io.twinnet.reports.model;

/**
 * How the line of a data series is stroked. Inside one colour group of an {@link XyChart} the
 * style tells series apart that a reader should compare point by point (for example two
 * implementations of one configuration: same colour, one solid and one dashed), so agreement is
 * read in one picture instead of across two.
 */
public enum LineStyle {
    /** An unbroken line; the default. */
    SOLID,
    /** Long dashes. */
    DASHED,
    /** Short dots, for a third member of a group. */
    DOTTED
}
