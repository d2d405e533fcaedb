package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Profile;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grid of {@link DyingReluLr}: its points (a variant of the asker's net on one reading at one learning rate and
 * width), the rates and widths each profile runs, and the primary reading fixed before the data.
 */
final class DyingReluGrid {
    private DyingReluGrid() {
    }

    /** The asker's network, or one of the proposed fixes that change the network's units or schedule. */
    public enum Variant {
        PLAIN("plain"), LEAKY("leaky"), SOFTMAX("softmax"), DECAY("decay");

        @JsonValue
        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** One variant on one reading at one learning rate, with {@code width} hidden units. */
    public record Point(Variant variant, SquaredErrorReading loss, DyingReluReading.Scale init, double lr, int width) implements GridPoint {
        public Point {
            if (width < 1) throw new IllegalArgumentException("width: must be positive, got " + width);
        }

        DyingReluReading reading() {
            return new DyingReluReading(loss, init);
        }

        /** As stored since before the width scan: the asker's width carries no width tag, others {@code -w500}. */
        @Override
        public String id() {
            String w = width == ASKER_WIDTH ? "" : "-w" + width;
            return (variant == Variant.PLAIN ? "plain" : "fix-" + variant.label) + w + "-" + reading().id() + "-lr" + lr;
        }
    }

    /** The primary reading, fixed before the data (verdicts issue): the half-sum gradient (a − t) and std 0.01. */
    static final DyingReluReading PRIMARY = DyingReluReading.HALF_SUM_STD;
    /** The asker's hidden width, and the scan over widths (the second answer: "bumping up the number of hidden units"). */
    static final int ASKER_WIDTH = 100;
    static final int WIDE_WIDTH = 500;
    static final List<Integer> WIDTHS = List.of(50, ASKER_WIDTH, 200, WIDE_WIDTH);
    /** The collapse claim compares the grid's two ends, 0.03 and 0.1 (the asker: 0.05 works, 0.07 fails). */
    static final double LOWEST_LR = 0.03;
    static final double HIGHEST_LR = 0.1;
    /**
     * Quick: 0.08 rather than 0.07, so that the per-seed thresholds seen at 4000 steps (0.07 or 0.1, and
     * 0.07 then also fails at 0.08) lie within a factor 1.25 of each other and one fix rate, 0.12, sits in
     * every seed's [1.2, 1.5]× window; 0.12 itself is in the plain grid so the fix's precondition is measured.
     */
    private static final double[] QUICK_LRS = {0.03, 0.05, 0.08, 0.1, 0.12};
    private static final double[] QUICK_FIX_LRS = {0.12};
    private static final double[] FULL_LRS = {0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1};
    private static final double[] FULL_PRIMARY_LRS = {0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12};
    /** Full: 1.2–1.5× of the thresholds 0.06 … 0.1 (0.06, 0.07 → 0.09; 0.08 → 0.1; 0.09, 0.1 → 0.12). */
    private static final double[] FULL_FIX_LRS = {0.09, 0.1, 0.12};

    /**
     * @param trainPerClass training images per class (0: all 60,000)
     * @param steps         SGD steps (one example each)
     * @param probePerClass test images per class, for accuracy and the dead-unit probe
     * @param readings      the readings and the learning rates each is run at (the asker's width)
     * @param fixRates      the rates every fix runs at, on the primary reading (also in its plain grid)
     * @param widths        the widths whose plain primary grid is run besides the asker's (none in quick)
     */
    record Sizes(int trainPerClass, int steps, int checkpointEvery, int probePerClass, int seeds, Map<DyingReluReading, double[]> readings,
                 double[] fixRates, List<Integer> widths) {
        double[] primaryRates() {
            return readings.get(PRIMARY);
        }
    }

    static Sizes sizes(Profile p) {
        Map<DyingReluReading, double[]> r = new LinkedHashMap<>();
        if (p == Profile.QUICK) {
            r.put(PRIMARY, QUICK_LRS);
            return new Sizes(1000, 4000, 250, 100, 6, r, QUICK_FIX_LRS, List.of());
        }
        for (DyingReluReading reading : DyingReluReading.ALL) r.put(reading, reading.equals(PRIMARY) ? FULL_PRIMARY_LRS : FULL_LRS);
        return new Sizes(0, 180000, 2000, 100, 6, r, FULL_FIX_LRS, WIDTHS.stream().filter(w -> w != ASKER_WIDTH).toList());
    }

    /** The plain readings at the asker's width, the width scan on the primary reading, then every fix at the fix rates; no point twice. */
    static List<Point> points(Sizes s) {
        Set<Point> grid = new LinkedHashSet<>();
        s.readings.forEach((r, lrs) -> {
            for (double lr : lrs) grid.add(new Point(Variant.PLAIN, r.loss(), r.init(), lr, ASKER_WIDTH));
        });
        for (int w : s.widths) for (double lr : s.primaryRates()) grid.add(new Point(Variant.PLAIN, PRIMARY.loss(), PRIMARY.init(), lr, w));
        for (DyingReluFix f : DyingReluFix.values()) for (double lr : s.fixRates) grid.add(f.at(lr));
        return List.copyOf(grid);
    }
}
