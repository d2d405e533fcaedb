package io.twinnet.reports.model;

/**
 * A chart axis: its label and whether it is logarithmic (base 10). On a log axis, points whose
 * coordinate on that axis is zero or negative cannot be drawn and are left out.
 *
 * @param label the axis label, may be empty
 * @param log   true for a base-10 logarithmic scale
 */
public record Axis(String label, boolean log) {

    public Axis {
        label = Checks.text(label, "axis.label");
    }

    public static Axis linear(String label) {
        return new Axis(label, false);
    }

    public static Axis log(String label) {
        return new Axis(label, true);
    }
}
