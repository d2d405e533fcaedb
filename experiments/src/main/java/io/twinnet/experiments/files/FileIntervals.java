package io.twinnet.experiments.files;

import io.twinnet.experiments.lab.Estimate;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Summaries;
import java.util.function.ToDoubleFunction;

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

    /** The median over points of median(metric)/formula(point). */
    static Estimate ratioToFormula(RunTable<FilePoint> runs, ToDoubleFunction<Run<FilePoint>> metric, ToDoubleFunction<FilePoint> formula) {
        double[] ratios = runs.byPoint().entrySet().stream().mapToDouble(e -> Summaries.median(e.getValue().values(metric)) / formula.applyAsDouble(e.getKey()))
                .filter(Double::isFinite).toArray();
        return ratios.length == 0 ? Estimate.none() : Estimate.point(Summaries.median(ratios), runs.measured().size());
    }

    static Estimate fraction(int failed, int n) {
        return Estimate.point((double) failed / n, n);
    }
}
