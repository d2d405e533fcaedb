package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TwinNetwork;

/**
 * What {@link JacobianSpectrum} measures on one net as drawn, from that implementation's own
 * activations, weights and gradients (core layout):
 * <ul>
 *   <li>per square hidden layer l = 2..L, the mean singular value of J_l = ∂h_l/∂h_{l−1}
 *   ({@link LayerJacobian}; f′ read from the layer's output: 1 − h² for tanh, 1 for identity),
 *   averaged over the first inputs, beside the prediction (8/3π)·σ√n·E_{z∼N(0,q_l)}[f′(z)] with q_l
 *   from the mean-field recursion ({@link MeanField#preActivationVariances}) on the inputs' E[x²];</li>
 *   <li>when asked (the nets whose gradients are claimed), per hidden layer l = 1..L, the mean square of ∂L/∂s_l (the pre-activation gradient, read as
 *   the bias gradient of a one-image gradient; Glorot &amp; Bengio's eq. 6) and of ∂L/∂W_l (eq. 7),
 *   averaged over the images; each against the last hidden layer's, beside the linear-regime ratios:
 *   Var ∂L/∂s_l ∝ ∏_{k&gt;l} b_k and Var ∂L/∂W_l ∝ ∏_{k&lt;l} a_k · ∏_{k&gt;l} b_k, with the forward gain
 *   a_k = fan-in·σ_k² and the backward gain b_k = fan-out·σ_k² of layer k.</li>
 * </ul>
 */
final class JacobianProbe {
    static final Scalar MEAN_SINGULAR_VALUE = Scalar.of("meanSingularValue", "mean singular value of the square hidden layers' Jacobians");
    static final Scalar QUARTER_CIRCLE_RATIO = Scalar.of("ratioToQuarterCircle", "mean singular value / ((8/3π)·σ√n)");
    static final Scalar BACKWARD_FACTOR = Scalar.of("backpropFactorTowardInput", "per-layer factor of Var dL/ds_l toward the input (fitted)");
    static final Scalar WEIGHT_GRADIENT_FACTOR = Scalar.of("weightGradientFactorTowardInput", "per-layer factor of Var dL/dW_l toward the input (fitted)");
    static final Curve SINGULAR_VALUE_BY_LAYER = Curve.of("meanSingularValueByLayer", "hidden layer", "mean singular value of dh_l/dh_(l-1)");
    static final Curve THEORY_SINGULAR_VALUE = Curve.of("theoryMeanSingularValue", "hidden layer", "(8/3π)·σ√n·E[f′]");
    static final Curve DELTA_BY_LAYER = Curve.of("backpropGradientByLayer", "hidden layer", "Var dL/ds_l / Var dL/ds_L");
    static final Curve THEORY_DELTA = Curve.of("theoryBackpropGradient", "hidden layer", "linear regime: prod over k > l of b_k");
    static final Curve WEIGHT_GRADIENT_BY_LAYER = Curve.of("weightGradientByLayer", "hidden layer", "Var dL/dW_l / Var dL/dW_L");
    static final Curve THEORY_WEIGHT_GRADIENT = Curve.of("theoryWeightGradient", "hidden layer", "linear regime: eq. 7's ratio");

    private final ActivationKind activation;
    private final int width;
    private final int depth;
    private final double[] variances;
    private final int jacobianInputs;
    private final boolean gradients;

    /**
     * @param variances      σ² of every layer: input to last hidden, then the output layer
     * @param jacobianInputs how many of the images the Jacobians are taken at
     * @param gradients      whether to measure the gradients too (on every image)
     */
    JacobianProbe(ActivationKind activation, int width, int depth, double[] variances, int jacobianInputs, boolean gradients) {
        if (variances.length != depth + 1) throw new IllegalArgumentException("variances: expected " + (depth + 1) + ", got " + variances.length);
        if (jacobianInputs < 1) throw new IllegalArgumentException("jacobianInputs: must be positive, got " + jacobianInputs);
        this.activation = activation;
        this.width = width;
        this.depth = depth;
        this.variances = variances.clone();
        this.jacobianInputs = jacobianInputs;
        this.gradients = gradients;
    }

    /** f′ from the unit's output h: 1 − h² for tanh, 1 for identity. */
    static double slopeFromOutput(ActivationKind f, double h) {
        return switch (f) {
            case TANH -> 1 - h * h;
            case IDENTITY -> 1;
            default -> throw new IllegalArgumentException("no slope from the output for " + f);
        };
    }

    Trial.Outcome measure(TwinNetwork net, Dataset images) {
        ParameterLayout layout = ParameterLayout.of(net.spec());
        double[] params = net.parameters();
        double[][] acts = net.activations(images.features(), images.size());
        int input = images.featureCount();
        double[] q = MeanField.preActivationVariances(activation, forwardGains(input), Exploding.meanSquare(images.features()));
        SeriesBuilder measured = new SeriesBuilder();
        SeriesBuilder theory = new SeriesBuilder();
        double sum = 0;
        for (int l = 2; l <= depth; l++) {
            double[] w = layout.block(l - 1, "W").copyFrom(params);
            double perLayer = 0;
            for (int e = 0; e < jacobianInputs; e++) {
                double[] slopes = new double[width];
                for (int k = 0; k < width; k++) slopes[k] = slopeFromOutput(activation, acts[l][e * width + k]);
                perLayer += LayerJacobian.meanSingularValue(LayerJacobian.of(w, width, width, slopes));
            }
            perLayer /= jacobianInputs;
            sum += perLayer;
            measured.add(l, perLayer);
            double ql = q[l - 1];
            theory.add(l, LayerJacobian.predictedMean(variances[l - 1], width, MeanField.expectation(z -> MeanField.derivative(activation, z), ql)));
        }
        double meanSv = sum / (depth - 1);
        Measurements m = new Measurements().put(MEAN_SINGULAR_VALUE, meanSv)
                .put(QUARTER_CIRCLE_RATIO, meanSv / LayerJacobian.quarterCircleMean(variances[1], width))
                .put(SINGULAR_VALUE_BY_LAYER, measured.build()).put(THEORY_SINGULAR_VALUE, theory.build());
        if (!gradients) return Trial.Outcome.finishedIfFinite(Double.isFinite(meanSv), m);
        double[] delta = new double[depth];
        double[] weightGrad = new double[depth];
        for (int e = 0; e < images.size(); e++) {
            Dataset one = images.rows(new int[] {e});
            net.computeGradient(one.features(), one.labels(), 1);
            double[] g = net.gradient();
            for (int l = 1; l <= depth; l++) {
                delta[l - 1] += Exploding.meanSquare(layout.block(l - 1, "b").copyFrom(g)) / images.size();
                weightGrad[l - 1] += Exploding.meanSquare(layout.block(l - 1, "W").copyFrom(g)) / images.size();
            }
        }
        Series deltaRatio = relativeToLast(delta);
        Series weightRatio = relativeToLast(weightGrad);
        m.put(DELTA_BY_LAYER, deltaRatio).put(THEORY_DELTA, theoryBackprop())
                .put(WEIGHT_GRADIENT_BY_LAYER, weightRatio).put(THEORY_WEIGHT_GRADIENT, theoryWeightGradient(input))
                .put(BACKWARD_FACTOR, Math.pow(2, -Exploding.log2Slope(deltaRatio)))
                .put(WEIGHT_GRADIENT_FACTOR, Math.pow(2, -Exploding.log2Slope(weightRatio)));
        return Trial.Outcome.finishedIfFinite(Double.isFinite(meanSv) && Stats.allFinite(deltaRatio.y()) && Stats.allFinite(weightRatio.y()), m);
    }

    /** a_k = fan-in·σ_k² of the hidden layers 1..L. */
    double[] forwardGains(int input) {
        double[] a = new double[depth];
        for (int k = 0; k < depth; k++) a[k] = (k == 0 ? input : width) * variances[k];
        return a;
    }

    /** b_k = fan-out·σ_k² of the hidden layers 1..L (the last hidden layer's fan-out is its width too). */
    private double backwardGain(int layer) {
        return width * variances[layer - 1];
    }

    /** ∏_{k=l+1..L} b_k for l = 1..L: Var ∂L/∂s_l / Var ∂L/∂s_L in the linear regime (eq. 6). */
    Series theoryBackprop() {
        SeriesBuilder b = new SeriesBuilder();
        for (int l = 1; l <= depth; l++) {
            double p = 1;
            for (int k = l + 1; k <= depth; k++) p *= backwardGain(k);
            b.add(l, p);
        }
        return b.build();
    }

    /** ∏_{k=l+1..L} b_k / ∏_{k=l..L−1} a_k for l = 1..L: Var ∂L/∂W_l / Var ∂L/∂W_L in the linear regime (eq. 7). */
    Series theoryWeightGradient(int input) {
        double[] a = forwardGains(input);
        SeriesBuilder b = new SeriesBuilder();
        for (int l = 1; l <= depth; l++) {
            double p = 1;
            for (int k = l + 1; k <= depth; k++) p *= backwardGain(k);
            for (int k = l; k <= depth - 1; k++) p /= a[k - 1];
            b.add(l, p);
        }
        return b.build();
    }

    /** {@code v[l−1]} / {@code v[L−1]} against l = 1..L. */
    private static Series relativeToLast(double[] v) {
        SeriesBuilder b = new SeriesBuilder();
        for (int l = 1; l <= v.length; l++) b.add(l, v[l - 1] / v[v.length - 1]);
        return b.build();
    }
}
