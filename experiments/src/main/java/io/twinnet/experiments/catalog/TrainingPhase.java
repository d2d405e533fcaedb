package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.TwinNetwork;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a short training run on a regression ended, for a cell of a phase diagram. The rule compares
 * the mean training loss at the end of the budget, L_T, with the loss before the first step, L_0,
 * and with the loss of the zero output, L_null = mean of t² (MSE of predicting nothing):
 * <ul>
 *   <li>{@link #DIVERGED}: the lab's runner stopped the run at a non-finite score or parameter
 *       ({@link RunStatus#DIVERGED}), or L_T &gt; L_0 — the loss grew over the budget;</li>
 *   <li>{@link #COLLAPSED}: otherwise, when the output is the same for every training example at the
 *       end — a step so large that every path through the ReLUs died (a bias-free net then outputs 0,
 *       and its loss L_null can be far below a large L_0, so it must not count as converged);</li>
 *   <li>{@link #CONVERGED}: otherwise, when L_T ≤ ½·min(L_0, L_null) — the run at least halved its
 *       loss and fits better than the zero output by as much;</li>
 *   <li>{@link #FLAT}: otherwise — stable but too slow for the budget.</li>
 * </ul>
 * Diverged and collapsed are both the step size's instability ({@link #unstable()}). The
 * {@link Probe} records the label as 0/1 scalars, so a heat map reads the fraction of seeds per
 * cell from the records alone; it sees only checkpoints with finite parameters, so a run whose last
 * checkpoint is not the final step is one the runner stopped.
 */
enum TrainingPhase {
    CONVERGED, FLAT, COLLAPSED, DIVERGED;

    /** 1 when the run is {@link #CONVERGED}, else 0. */
    static final Scalar CONVERGED_FLAG = Scalar.of("converged", "1 when the run halved its loss and the zero output's without going unstable");
    /** 1 when the run is {@link #DIVERGED} or {@link #COLLAPSED}, else 0. */
    static final Scalar UNSTABLE_FLAG = Scalar.of("unstable", "1 when the run went non-finite, ended above its initial loss or collapsed to a constant output");
    /** 1 when the run is {@link #COLLAPSED}, else 0. */
    static final Scalar COLLAPSED_FLAG = Scalar.of("collapsed", "1 when the output ended the same for every training example");
    /** L_T / L_0 (NaN for a run stopped as non-finite). */
    static final Scalar LOSS_RATIO = Scalar.of("finalOverInitialTrainLoss", "training loss at the end over the loss before the first step");

    /** The factor by which the loss must fall for {@link #CONVERGED}. */
    static final double CONVERGED_FACTOR = 0.5;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean unstable() {
        return this == DIVERGED || this == COLLAPSED;
    }

    /**
     * The label of a run: {@code stopped} when it did not reach its end, losses {@code initial} and {@code last}, the zero
     * output's loss {@code zeroOutput}, and whether its last output was {@code constant} over the examples.
     */
    static TrainingPhase of(boolean stopped, double initial, double last, double zeroOutput, boolean constant) {
        if (stopped || !Double.isFinite(last) || last > initial) return DIVERGED;
        if (constant) return COLLAPSED;
        return last <= CONVERGED_FACTOR * Math.min(initial, zeroOutput) ? CONVERGED : FLAT;
    }

    /** The label of a recorded run: the runner's divergence first, then the probe's flags. */
    static TrainingPhase of(Run<?> run) {
        if (run.side().status() == RunStatus.DIVERGED) return DIVERGED;
        if (run.get(UNSTABLE_FLAG) == 1) return run.get(COLLAPSED_FLAG) == 1 ? COLLAPSED : DIVERGED;
        return run.get(CONVERGED_FLAG) == 1 ? CONVERGED : FLAT;
    }

    /** Watches one side's run: the training loss at step 0 and at the last checkpoint it sees, and whether the output is constant there. */
    static final class Probe implements TrainingTrial.Probe {
        private final Dataset train;
        private final long finalStep;
        private final double zeroOutput;
        private double initial = Double.NaN;
        private double last = Double.NaN;
        private boolean constant;
        private long lastStep = -1;

        /** A probe for a run over {@code train} (MSE) whose last step is {@code finalStep}. */
        Probe(Dataset train, long finalStep) {
            this.train = train;
            this.finalStep = finalStep;
            double s = 0;
            for (double t : train.labels()) s += t * t;
            this.zeroOutput = s / train.labels().length;
        }

        @Override
        public void at(long step, TwinNetwork net) {
            double loss = net.score(train.features(), train.labels(), train.size());
            if (step == 0) initial = loss;
            last = loss;
            lastStep = step;
            double[] out = net.output(train.features(), train.size());
            constant = Arrays.stream(out).min().orElse(0) == Arrays.stream(out).max().orElse(0);
        }

        @Override
        public void record(Measurements into) {
            boolean stopped = lastStep != finalStep;
            TrainingPhase phase = of(stopped, initial, last, zeroOutput, constant);
            into.put(CONVERGED_FLAG, phase == CONVERGED ? 1 : 0).put(UNSTABLE_FLAG, phase.unstable() ? 1 : 0)
                    .put(COLLAPSED_FLAG, phase == COLLAPSED ? 1 : 0).put(LOSS_RATIO, stopped ? Double.NaN : last / initial);
        }
    }
}
