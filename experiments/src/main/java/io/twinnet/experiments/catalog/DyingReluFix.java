package io.twinnet.experiments.catalog;

import io.twinnet.experiments.catalog.DyingReluGrid.Point;
import io.twinnet.experiments.catalog.DyingReluGrid.Variant;

/**
 * A fix seed 004's thread proposes for the dying outputs, run on the primary reading: the first
 * answer's leaky ReLU output, the asker's softmax output, a commenter's learning-rate decay, the
 * second answer's wider hidden layer. The first three change the network at the asker's width; the
 * wide one is the plain network at {@value DyingReluLr#WIDE_WIDTH} hidden units, the same runs as the
 * width scan's widest cell (one set of runs, read by both claims).
 */
enum DyingReluFix {
    LEAKY("leaky", "a leaky ReLU output (slope 0.2 for negative inputs, as the answer suggests)", Variant.LEAKY, DyingReluGrid.ASKER_WIDTH),
    SOFTMAX("softmax", "a softmax output (same loss)", Variant.SOFTMAX, DyingReluGrid.ASKER_WIDTH),
    DECAY("decay", "learning-rate decay (step schedule: the rate halves every eighth of the run)", Variant.DECAY, DyingReluGrid.ASKER_WIDTH),
    WIDE("wide", "a wider hidden layer (" + DyingReluGrid.WIDE_WIDTH + " units)", Variant.PLAIN, DyingReluGrid.WIDE_WIDTH);

    final String label;
    final String text;
    private final Variant variant;
    private final int width;

    DyingReluFix(String label, String text, Variant variant, int width) {
        this.label = label;
        this.text = text;
        this.variant = variant;
        this.width = width;
    }

    /** This fix on the primary reading at {@code lr}. */
    Point at(double lr) {
        return new Point(variant, DyingReluGrid.PRIMARY.loss(), DyingReluGrid.PRIMARY.init(), lr, width);
    }

    /** True for a run of this fix (any rate). */
    boolean runs(Point p) {
        return p.variant() == variant && p.width() == width && p.reading().equals(DyingReluGrid.PRIMARY);
    }
}
