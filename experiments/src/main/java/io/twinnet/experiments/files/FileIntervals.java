package io.twinnet.experiments.files;

import io.twinnet.experiments.lab.Estimate;
import io.twinnet.experiments.lab.Summaries;

/**
 * The estimates of file claims: a median, a difference of two medians, a fraction of seeds.
 */
final class FileIntervals {
    private FileIntervals() {
    }

    static Estimate median(double[] values) {
        return values.length == 0 ? Estimate.none() : Estimate.point(Summaries.median(values), values.length);
    }

    static Estimate differenceOfMedians(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) return Estimate.none();
        return Estimate.point(Summaries.median(a) - Summaries.median(b), Math.min(a.length, b.length));
    }

    static Estimate fraction(int failed, int n) {
        return Estimate.point((double) failed / n, n);
    }
}
