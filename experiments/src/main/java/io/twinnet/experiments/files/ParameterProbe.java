package io.twinnet.experiments.files;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.TwinNetwork;

/**
 * The parameter probes a file can ask for, read at every checkpoint from the parameter and
 * gradient vectors in the core's layout (layer blocks in order, block {@code l} holding
 * {@code layers[l].parameterCount(inputShapeOf(l))} values):
 * <ul>
 *   <li>{@code gradientNorms}: ‖∂L/∂θ_l‖₂ per layer, the gradient of the mean loss over the
 *       evaluation set (no update is made); curves of the first and last layer against the step,
 *       and every layer's at the last checkpoint against the layer index;</li>
 *   <li>{@code weightChange}: ‖θ_t − θ_0‖₂ / ‖θ_0‖₂ against the step, the update/parameter ratio
 *       ‖θ_t − θ_s‖₂ / ‖θ_s‖₂ between consecutive checkpoints s &lt; t divided by t − s (per step),
 *       and each layer's relative change at the last checkpoint.</li>
 * </ul>
 * The gradient is computed by the network's own {@code computeGradient} on the evaluation set, which
 * makes no update; in a net with batch norm that pass runs in training mode, so ask for
 * {@code gradientNorms} there knowing the probe's batch is one more the running statistics see.
 */
final class ParameterProbe implements TrainingTrial.Probe {
    static final Curve FIRST_LAYER_GRADIENT = Curve.of("firstLayerGradientNorm", "step", "L2 norm of the first layer's gradient on the evaluation set");
    static final Curve LAST_LAYER_GRADIENT = Curve.of("lastLayerGradientNorm", "step", "L2 norm of the last layer's gradient on the evaluation set");
    static final Curve GRADIENT_BY_LAYER = Curve.of("gradientNormByLayer", "layer", "L2 norm of each layer's gradient at the last checkpoint");
    static final Curve WEIGHT_CHANGE = Curve.of("relativeWeightChange", "step", "||theta_t - theta_0|| / ||theta_0||");
    static final Curve UPDATE_RATIO = Curve.of("updateRatio", "step", "||theta_t - theta_s|| / ||theta_s|| per step between checkpoints");
    static final Curve WEIGHT_CHANGE_BY_LAYER = Curve.of("weightChangeByLayer", "layer", "each layer's ||theta_t - theta_0|| / ||theta_0|| at the last checkpoint");
    static final Scalar FINAL_WEIGHT_CHANGE = Scalar.of("finalRelativeWeightChange", "||theta - theta_0|| / ||theta_0|| after training");
    static final Scalar FINAL_FIRST_LAYER_GRADIENT = Scalar.of("finalFirstLayerGradientNorm", "first layer's gradient norm at the last checkpoint");

    private final Dataset eval;
    private final boolean gradients;
    private final boolean change;
    private final int[] blocks;
    private final SeriesBuilder firstGrad = new SeriesBuilder();
    private final SeriesBuilder lastGrad = new SeriesBuilder();
    private final SeriesBuilder relChange = new SeriesBuilder();
    private final SeriesBuilder ratio = new SeriesBuilder();
    private double[] gradByLayer;
    private double[] changeByLayer;
    private double[] initial;
    private double[] previous;
    private long previousStep;

    ParameterProbe(NetworkSpec spec, Dataset eval, boolean gradients, boolean change) {
        this.eval = eval;
        this.gradients = gradients;
        this.change = change;
        this.blocks = new int[spec.layers().size()];
        for (int l = 0; l < blocks.length; l++) blocks[l] = spec.layers().get(l).parameterCount(spec.inputShapeOf(l));
    }

    @Override
    public void at(long step, TwinNetwork net) {
        double[] theta = net.parameters();
        if (gradients) {
            net.computeGradient(eval.features(), eval.labels(), eval.size());
            gradByLayer = byLayer(net.gradient(), null);
            firstGrad.add(step, gradByLayer[firstWithParameters()]);
            lastGrad.add(step, gradByLayer[blocks.length - 1]);
        }
        if (change) {
            if (initial == null) initial = theta;
            relChange.add(step, norm(theta, initial, 0, theta.length) / norm(initial, null, 0, initial.length));
            if (previous != null && step > previousStep) {
                ratio.add(step, norm(theta, previous, 0, theta.length) / norm(previous, null, 0, previous.length) / (step - previousStep));
            }
            changeByLayer = byLayer(theta, initial);
            double[] base = byLayer(initial, null);
            for (int l = 0; l < blocks.length; l++) changeByLayer[l] = base[l] == 0 ? Double.NaN : changeByLayer[l] / base[l];
            previous = theta;
            previousStep = step;
        }
    }

    @Override
    public void record(Measurements into) {
        if (gradients) {
            Series first = firstGrad.build();
            into.put(FIRST_LAYER_GRADIENT, first).put(LAST_LAYER_GRADIENT, lastGrad.build())
                    .put(FINAL_FIRST_LAYER_GRADIENT, first.size() == 0 ? Double.NaN : first.last());
            if (gradByLayer != null) into.put(GRADIENT_BY_LAYER, overLayers(gradByLayer));
        }
        if (change) {
            Series rel = relChange.build();
            into.put(WEIGHT_CHANGE, rel).put(UPDATE_RATIO, ratio.build()).put(FINAL_WEIGHT_CHANGE, rel.size() == 0 ? Double.NaN : rel.last());
            if (changeByLayer != null) into.put(WEIGHT_CHANGE_BY_LAYER, overLayers(changeByLayer));
        }
    }

    private int firstWithParameters() {
        for (int l = 0; l < blocks.length; l++) if (blocks[l] > 0) return l;
        return 0;
    }

    /** ‖a − b‖₂ over each layer's block (b may be null: ‖a‖₂). */
    private double[] byLayer(double[] a, double[] b) {
        double[] out = new double[blocks.length];
        int from = 0;
        for (int l = 0; l < blocks.length; l++) {
            out[l] = norm(a, b, from, from + blocks[l]);
            from += blocks[l];
        }
        return out;
    }

    private static double norm(double[] a, double[] b, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            double d = b == null ? a[i] : a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static Series overLayers(double[] values) {
        SeriesBuilder b = new SeriesBuilder();
        for (int l = 0; l < values.length; l++) b.add(l, values[l]);
        return b.build();
    }
}
