package io.twinnet.experiments.app.exchange;

import io.twinnet.dl4j.parity.RelativeDifference;
import io.twinnet.reports.npy.NpyArray;
import io.twinnet.reports.npy.NpyDtype;
import io.twinnet.reports.npy.NpyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Someone else's trajectory of an export case against the core's and DL4J's. Their directory holds
 * {@code losses.npy} (float64, one loss per step) and {@code params_final.npy} (float64, core layout),
 * the same shapes as the export's {@code core_losses.npy} and {@code core_params_final.npy}.
 *
 * <p>Differences use {@link RelativeDifference}: per step rel(a_s, b_s) = |a_s − b_s| / max(|a_s|, |b_s|, 1e-300),
 * of which the largest is reported with its step; for the final parameters rel over the whole vector,
 * max_i |a_i − b_i| / max(max_i |a_i|, max_i |b_i|, 1e-300). A non-finite value on either side gives NaN,
 * which counts as a disagreement.
 */
public final class ExternalComparison {

    /**
     * One reference (the core or DL4J) against theirs.
     *
     * @param reference       "core" or "dl4j"
     * @param maxStepLossRel  the largest per-step relative difference of the losses
     * @param worstStep       the step where it occurs (the first non-finite one when NaN)
     * @param firstStepAbove  the first step whose difference exceeds the tolerance, or -1
     * @param finalParamsRel  the relative difference of the final parameters
     */
    public record Against(String reference, double maxStepLossRel, int worstStep, int firstStepAbove, double finalParamsRel) {
        public boolean within(double tolerance) {
            return maxStepLossRel <= tolerance && finalParamsRel <= tolerance;
        }
    }

    /**
     * The whole comparison.
     *
     * @param steps      steps compared
     * @param parameters parameters compared
     * @param tolerance  the relative tolerance that decides agreement
     * @param core       theirs against the core
     * @param dl4j       theirs against DL4J
     * @param coreVsDl4j the core against DL4J, for scale
     */
    public record Result(int steps, int parameters, double tolerance, Against core, Against dl4j, Against coreVsDl4j) {
        /** Within the tolerance of both the core and DL4J. */
        public boolean agrees() {
            return core.within(tolerance) && dl4j.within(tolerance);
        }
    }

    private ExternalComparison() {
    }

    /** Whether {@code dir} looks like an export directory (it holds the core's losses and the spec). */
    public static boolean isExport(Path dir) {
        return Files.isRegularFile(dir.resolve(Exporter.CORE_LOSSES)) && Files.isRegularFile(dir.resolve(Exporter.SPEC));
    }

    /**
     * Compares. Problems with the files throw {@link IllegalArgumentException} naming the file and what is wrong.
     */
    public static Result compare(Path exportDir, Path theirDir, double tolerance) {
        double[] coreLosses = vector(exportDir.resolve(Exporter.CORE_LOSSES), -1, "the export");
        double[] dl4jLosses = vector(exportDir.resolve(Exporter.DL4J_LOSSES), coreLosses.length, "the export");
        double[] coreParams = vector(exportDir.resolve(Exporter.CORE_PARAMS_FINAL), -1, "the export");
        double[] dl4jParams = vector(exportDir.resolve(Exporter.DL4J_PARAMS_FINAL), coreParams.length, "the export");
        double[] losses = vector(theirDir.resolve(Exporter.THEIR_LOSSES), coreLosses.length, "your results");
        double[] params = vector(theirDir.resolve(Exporter.THEIR_PARAMS_FINAL), coreParams.length, "your results");
        return new Result(coreLosses.length, coreParams.length, tolerance,
                against("core", coreLosses, losses, coreParams, params, tolerance),
                against("dl4j", dl4jLosses, losses, dl4jParams, params, tolerance),
                against("core-vs-dl4j", coreLosses, dl4jLosses, coreParams, dl4jParams, tolerance));
    }

    private static Against against(String name, double[] refLosses, double[] losses, double[] refParams, double[] params, double tol) {
        double worst = 0;
        int worstStep = refLosses.length == 0 ? -1 : 0;
        int firstAbove = -1;
        for (int s = 0; s < refLosses.length; s++) {
            double d = RelativeDifference.of(refLosses[s], losses[s]);
            if (firstAbove < 0 && !(d <= tol)) firstAbove = s;
            if (Double.isNaN(d)) {
                if (!Double.isNaN(worst)) {
                    worst = Double.NaN;
                    worstStep = s;
                }
            } else if (!Double.isNaN(worst) && d > worst) {
                worst = d;
                worstStep = s;
            }
        }
        return new Against(name, worst, worstStep, firstAbove, RelativeDifference.of(refParams, params));
    }

    /** A rank-1 float64 array of {@code length} (any length when negative). */
    private static double[] vector(Path file, int length, String whose) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + ": missing from " + whose + (whose.equals("your results")
                    ? " (save it with numpy.save as float64, " + (length >= 0 ? "shape (" + length + ",)" : "rank 1") + ")" : ""));
        }
        NpyArray a;
        try {
            a = NpyReader.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(file.toString()) ? e.getMessage() : file + ": " + e.getMessage(), e);
        }
        if (a.rank() != 1 || (length >= 0 && a.shape()[0] != length)) {
            throw new IllegalArgumentException(file + ": has shape " + Arrays.toString(a.shape()) + ", expected (" + (length >= 0 ? length : "n") + ",)");
        }
        if (a.dtype() != NpyDtype.FLOAT64) {
            throw new IllegalArgumentException(file + ": holds integers; save float64 values (array.astype(numpy.float64))");
        }
        return a.toDoubleArray();
    }
}
