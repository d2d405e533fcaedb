package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.TwinNetwork;

/**
 * Watches every step of a {@link LinearModes} run and times each mode's passage from u₀ to u_f = (1 − δ)·s, in
 * Saxe's units t/τ = steps·η. The step where u first reaches u_f is refined by interpolating linearly in the logit
 * z = ln(u/(s − u)), which the continuous flow moves at the constant rate 2s/τ, between that step and the one before
 * (a run that overshoots to u ≥ s is timed at the step itself). A mode that never arrives is left out of the curve.
 */
final class ModeTimes implements TrainingTrial.Probe {
    static final Curve MEASURED = Curve.of("passageTime", "singular value s", "t/tau from u0 to uf (steps x eta)");
    static final Curve THEORY = Curve.of("theoryPassageTime", "singular value s", "(1/2s) ln[uf(s-u0)/(u0(s-uf))]");
    static final Scalar PINNED_ERROR = Scalar.of("relativeErrorAtS1", "(measured - formula) / formula for the s = 1 mode");
    static final Scalar WORST_SCALED_ERROR = Scalar.of("worstRelativeErrorOverSEta", "max over modes of |relative error| / (s * eta)");
    static final Scalar START_ERROR = Scalar.of("initialStrengthError", "max over modes of |u(0) - u0| / u0");

    private final LinearModes.Task task;
    private final double eta;
    private final double u0;
    private final double delta;
    private final double[] previous;
    private final double[] times;
    private double startError = Double.NaN;

    ModeTimes(LinearModes.Task task, double eta, double u0, double delta) {
        this.task = task;
        this.eta = eta;
        this.u0 = u0;
        this.delta = delta;
        this.previous = new double[task.modes()];
        this.times = new double[task.modes()];
        java.util.Arrays.fill(times, Double.NaN);
    }

    double target(int mode) {
        return (1 - delta) * task.s()[mode];
    }

    @Override
    public void at(long step, TwinNetwork net) {
        double[] u = LinearModes.strengths(net, task);
        if (step == 0) {
            startError = 0;
            for (double v : u) startError = Math.max(startError, Math.abs(v - u0) / u0);
        }
        for (int a = 0; a < u.length; a++) {
            if (step > 0 && Double.isNaN(times[a]) && u[a] >= target(a)) {
                double s = task.s()[a];
                double z0 = logit(previous[a], s), z1 = logit(u[a], s), zf = logit(target(a), s);
                double fraction = u[a] >= s || !(z1 > z0) ? 1 : (zf - z0) / (z1 - z0);
                times[a] = (step - 1 + fraction) * eta;
            }
            previous[a] = u[a];
        }
    }

    private static double logit(double u, double s) {
        return Math.log(u / (s - u));
    }

    @Override
    public void record(Measurements into) {
        SeriesBuilder measured = new SeriesBuilder();
        SeriesBuilder theory = new SeriesBuilder();
        double worst = 0;
        double pinned = Double.NaN;
        for (int a = 0; a < times.length; a++) {
            double s = task.s()[a];
            double t = LinearModes.time(s, u0, target(a), 1);
            theory.add(s, t);
            if (Double.isNaN(times[a])) {
                worst = Double.NaN;
                continue;
            }
            measured.add(s, times[a]);
            double e = (times[a] - t) / t;
            worst = Math.max(worst, Math.abs(e) / (s * eta));
            if (s == 1) pinned = e;
        }
        into.put(MEASURED, measured.build()).put(THEORY, theory.build()).put(PINNED_ERROR, pinned)
                .put(WORST_SCALED_ERROR, worst).put(START_ERROR, startError);
    }
}
