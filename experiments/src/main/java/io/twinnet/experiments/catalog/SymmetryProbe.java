package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.TwinNetwork;

/**
 * Watches whether the hidden units of a one-hidden-layer net (layer 0 dense, layer 1 output) stay
 * alike. At step 0, before any update, it takes the gradient on the first minibatch and keeps the
 * parameters as drawn (after the trial's preparation); at every checkpoint it records the unit
 * spread s = {@link CnnLayerProbe#unitSpread} (0 exactly when every hidden unit carries the same
 * W₁ column, bias and W₂ row), the scale m = max |W₁ ∪ W₂| and the relative spread s / m (0 when
 * m = 0). After training it reads the network it watched once more, so a diverged run is measured
 * where it stopped.
 */
final class SymmetryProbe implements TrainingTrial.Probe {
    static final Scalar INIT_GRADIENT_HIDDEN = Scalar.of("initGradientMaxAbsHidden",
            "largest |gradient entry| of W1, b1 and W2 on the first minibatch, before any update");
    static final Scalar INIT_GRADIENT_OUTPUT_BIAS = Scalar.of("initGradientMaxAbsOutputBias",
            "largest |gradient entry| of the output biases on the first minibatch, before any update");
    static final Scalar FINAL_MAX_ABS_W1 = Scalar.of("finalMaxAbsW1", "largest |W1 entry| after training");
    static final Scalar FINAL_MAX_ABS_HIDDEN = Scalar.of("finalMaxAbsHidden", "largest |entry| of W1, b1 and W2 after training");
    static final Scalar OUTPUT_BIAS_CHANGE = Scalar.of("outputBiasChange", "largest change of an output bias from its initial value");
    static final Scalar FINAL_UNIT_SPREAD = Scalar.of("finalUnitSpread", "spread between hidden units at the last checkpoint");
    static final Scalar MAX_UNIT_SPREAD = Scalar.of("maxUnitSpread", "largest spread between hidden units over the checkpoints");
    static final Scalar FINAL_RELATIVE_UNIT_SPREAD = Scalar.of("finalRelativeUnitSpread",
            "spread between hidden units divided by the largest |weight|, at the last checkpoint");
    static final Scalar MAX_RELATIVE_UNIT_SPREAD = Scalar.of("maxRelativeUnitSpread",
            "largest spread between hidden units divided by the largest |weight|, over the checkpoints");
    static final Curve UNIT_SPREAD = Curve.of("unitSpread", "step", "largest spread between hidden units");
    static final Curve RELATIVE_UNIT_SPREAD = Curve.of("relativeUnitSpread", "step", "unit spread / largest |weight|");
    static final Curve MAX_ABS_WEIGHT = Curve.of("maxAbsWeight", "step", "largest |weight| of W1 and W2");

    private final ParameterLayout layout;
    private final Dataset firstBatch;
    private final SeriesBuilder spread = new SeriesBuilder();
    private final SeriesBuilder relative = new SeriesBuilder();
    private final SeriesBuilder scale = new SeriesBuilder();
    private TwinNetwork watched;
    private double[] initial;
    private double[] initialGradient;

    /** @param firstBatch the first minibatch of the training order, for the gradient at step 0 */
    SymmetryProbe(ParameterLayout layout, Dataset firstBatch) {
        this.layout = layout;
        this.firstBatch = firstBatch;
    }

    @Override
    public void at(long step, TwinNetwork net) {
        if (step == 0) {
            watched = net;
            initial = net.parameters();
            net.computeGradient(firstBatch.features(), firstBatch.labels(), firstBatch.size());
            initialGradient = net.gradient();
        }
        double[] p = net.parameters();
        double s = SymmetrySpread.unitSpread(p, layout, 0, 1);
        double m = SymmetrySpread.maxAbs(p, w1(), w2());
        spread.add(step, s);
        scale.add(step, m);
        relative.add(step, m == 0 ? 0 : s / m);
    }

    @Override
    public void record(Measurements into) {
        if (watched == null) return;
        double[] last = watched.parameters();
        ParameterBlock b1 = layout.block(0, "b");
        ParameterBlock b2 = layout.block(1, "b");
        into.put(INIT_GRADIENT_HIDDEN, SymmetrySpread.maxAbs(initialGradient, w1(), b1, w2()));
        into.put(INIT_GRADIENT_OUTPUT_BIAS, SymmetrySpread.maxAbs(initialGradient, b2));
        into.put(FINAL_MAX_ABS_W1, SymmetrySpread.maxAbs(last, w1()));
        into.put(FINAL_MAX_ABS_HIDDEN, SymmetrySpread.maxAbs(last, w1(), b1, w2()));
        double moved = 0;
        for (int i = b2.offset(); i < b2.end(); i++) moved = Math.max(moved, Math.abs(last[i] - initial[i]));
        into.put(OUTPUT_BIAS_CHANGE, moved);
        Series s = spread.build();
        Series r = relative.build();
        into.put(FINAL_UNIT_SPREAD, s.last()).put(MAX_UNIT_SPREAD, s.max());
        into.put(FINAL_RELATIVE_UNIT_SPREAD, r.last()).put(MAX_RELATIVE_UNIT_SPREAD, r.max());
        into.put(UNIT_SPREAD, s).put(RELATIVE_UNIT_SPREAD, r).put(MAX_ABS_WEIGHT, scale.build());
    }

    private ParameterBlock w1() {
        return layout.block(0, "W");
    }

    private ParameterBlock w2() {
        return layout.block(1, "W");
    }
}
