package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.experiments.lab.CoreTwin;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Dl4jTwin;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TwinNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What {@link SigmoidVanishing} measures at initialisation over a range of depths, one fresh net
 * per depth on the side being measured:
 * <ul>
 *   <li>‖∂L/∂W₁‖, the Frobenius norm of the first layer's mean gradient over a minibatch, against
 *   the depth d; its per-layer factor is exp(slope) of the least-squares line through
 *   ln‖∂L/∂W₁‖ against d;</li>
 *   <li>the backpropagated signal δ_l = ∂L/∂z_l, read exactly as layer l's bias gradient of a
 *   one-example gradient. Backpropagation gives δ_{l−1} = (W_l δ_l) ⊙ f′(z_{l−1}), so
 *   ‖δ_{l−1}‖ ≤ max|f′| · ‖W_l‖₂ · ‖δ_l‖ ({@link SpectralNorm}); the largest ratio of
 *   ‖δ_{l−1}‖/‖δ_l‖ to that bound over every example, layer and depth must not exceed 1.</li>
 * </ul>
 */
final class BackpropSignalProbe {
    private BackpropSignalProbe() {
    }

    static final Scalar FIRST_LAYER_FACTOR = Scalar.of("firstLayerFactor", "exp of the slope of ln‖dL/dW1‖ against depth");
    static final Scalar DEEPEST_TO_SHALLOWEST = Scalar.of("firstLayerRatioDeepestToShallowest", "‖dL/dW1‖ at the largest depth / at the smallest");
    static final Scalar NORM_SHALLOWEST = Scalar.of("firstLayerNormShallowest", "‖dL/dW1‖ at the smallest depth");
    static final Scalar NORM_DEEPEST = Scalar.of("firstLayerNormDeepest", "‖dL/dW1‖ at the largest depth");
    static final Scalar WORST_TO_SPECTRAL = Scalar.of("maxRatioToSpectralBound", "largest (‖δ_(l−1)‖/‖δ_l‖) / (max|f′|·‖W_l‖₂)");
    static final Scalar WORST_TO_FROBENIUS = Scalar.of("maxRatioToFrobeniusBound", "largest (‖δ_(l−1)‖/‖δ_l‖) / (max|f′|·‖W_l‖_F)");
    static final Scalar MEDIAN_SIGNAL_FACTOR = Scalar.of("medianSignalFactor", "median of ‖δ_(l−1)‖/‖δ_l‖ over examples, layers and depths");
    static final Scalar MEDIAN_BOUND_FACTOR = Scalar.of("medianBoundFactor", "median of max|f′|·‖W_l‖₂ over the same checks");
    static final Scalar RATIOS_CHECKED = Scalar.of("signalRatiosChecked", "layer × example × depth checks of the bound");
    static final Curve FIRST_LAYER_NORM = Curve.of("firstLayerGradientNorm", "hidden layers", "‖dL/dW1‖ (mean over the minibatch)");
    static final Curve SIGNAL_FACTOR = Curve.of("deepestSignalFactor", "layer", "median ‖δ_(l−1)‖/‖δ_l‖ at the largest depth");
    static final Curve SIGNAL_BOUND = Curve.of("deepestSignalBound", "layer", "max|f′|·‖W_l‖₂ at the largest depth");
    static final Curve LAYER_GRADIENT_NORM = Curve.of("deepestWeightGradientNorm", "layer (output last)", "‖dL/dW_l‖ at the largest depth");

    /**
     * @param deepest the side's net of depth {@code maxDepth} (as the lab drew it); the shallower ones are drawn here
     * @param specAt  the network of each depth
     * @param batch   the minibatch of the first-layer gradient
     * @param single  the examples δ is measured on, one at a time
     * @param fmax    max|f′| of the hidden activation
     */
    static Trial.Outcome measure(TwinNetwork deepest, IntFunction<NetworkSpec> specAt, int minDepth, int maxDepth, Dataset batch,
                                 Dataset single, double fmax) {
        int depths = maxDepth - minDepth + 1;
        double[] depthAxis = new double[depths];
        double[] firstLayerNorm = new double[depths];
        double worstToBound = 0;
        double worstToFrobenius = 0;
        List<Double> ratios = new ArrayList<>();
        List<Double> bounds = new ArrayList<>();
        Measurements m = new Measurements();
        for (int d = minDepth; d <= maxDepth; d++) {
            NetworkSpec spec = specAt.apply(d);
            ParameterLayout layout = ParameterLayout.of(spec);
            TwinNetwork net = d == maxDepth ? deepest
                    : deepest.implementation() == Implementation.CORE ? CoreTwin.initialise(spec) : Dl4jTwin.initialise(spec);
            double[] params = net.parameters();
            net.computeGradient(batch.features(), batch.labels(), batch.size());
            double[] grad = net.gradient();
            double[] layerNorm = new double[d + 1];
            for (int l = 0; l <= d; l++) {
                ParameterBlock w = layout.block(l, "W");
                layerNorm[l] = Stats.norm(grad, w.offset(), w.length()) / batch.size();
            }
            firstLayerNorm[d - minDepth] = layerNorm[0];
            depthAxis[d - minDepth] = d;
            // the matrices δ passes back through: W_l for l = 1..d
            double[] spectral = new double[d + 1];
            double[] frobenius = new double[d + 1];
            for (int l = 1; l <= d; l++) {
                ParameterBlock w = layout.block(l, "W");
                double[] wl = w.copyFrom(params);
                spectral[l] = SpectralNorm.of(wl, w.shape()[0], w.shape()[1]);
                frobenius[l] = SpectralNorm.frobenius(wl);
            }
            double[][] perLayer = new double[d + 1][single.size()];
            for (int e = 0; e < single.size(); e++) {
                Dataset one = single.rows(new int[] {e});
                net.computeGradient(one.features(), one.labels(), 1);
                double[] g = net.gradient();
                for (int l = 1; l <= d; l++) {
                    ParameterBlock below = layout.block(l - 1, "b");
                    ParameterBlock above = layout.block(l, "b");
                    double up = Stats.norm(g, above.offset(), above.length());
                    double ratio = up == 0 ? Double.NaN : Stats.norm(g, below.offset(), below.length()) / up;
                    perLayer[l][e] = ratio;
                    if (Double.isFinite(ratio)) {
                        worstToBound = Math.max(worstToBound, ratio / (fmax * spectral[l]));
                        worstToFrobenius = Math.max(worstToFrobenius, ratio / (fmax * frobenius[l]));
                        ratios.add(ratio);
                        bounds.add(fmax * spectral[l]);
                    }
                }
            }
            if (d == maxDepth) {
                double[] layers = new double[d + 1];
                double[] factor = new double[d];
                double[] bound = new double[d];
                for (int l = 0; l <= d; l++) layers[l] = l + 1;
                for (int l = 1; l <= d; l++) {
                    factor[l - 1] = Stats.median(perLayer[l]);
                    bound[l - 1] = fmax * spectral[l];
                }
                double[] hidden = java.util.Arrays.copyOf(layers, d);
                m.put(SIGNAL_FACTOR, new Series(hidden, factor)).put(SIGNAL_BOUND, new Series(hidden, bound))
                        .put(LAYER_GRADIENT_NORM, new Series(layers, layerNorm));
            }
        }
        double[] lnNorm = new double[depths];
        for (int i = 0; i < depths; i++) lnNorm[i] = Math.log(firstLayerNorm[i]);
        m.put(FIRST_LAYER_NORM, new Series(depthAxis, firstLayerNorm))
                .put(FIRST_LAYER_FACTOR, Math.exp(slope(depthAxis, lnNorm)))
                .put(DEEPEST_TO_SHALLOWEST, firstLayerNorm[depths - 1] / firstLayerNorm[0])
                .put(NORM_SHALLOWEST, firstLayerNorm[0]).put(NORM_DEEPEST, firstLayerNorm[depths - 1])
                .put(WORST_TO_SPECTRAL, worstToBound).put(WORST_TO_FROBENIUS, worstToFrobenius)
                .put(MEDIAN_SIGNAL_FACTOR, Stats.median(ratios.stream().mapToDouble(Double::doubleValue).toArray()))
                .put(MEDIAN_BOUND_FACTOR, Stats.median(bounds.stream().mapToDouble(Double::doubleValue).toArray()))
                .put(RATIOS_CHECKED, ratios.size());
        return Trial.Outcome.finishedIfFinite(Stats.allFinite(firstLayerNorm), m);
    }

    /** max |f′|: 1/4 for the sigmoid (at 0), 1 for tanh (at 0) and ReLU. */
    static double maxDerivative(ActivationKind kind) {
        return switch (kind) {
            case SIGMOID -> 0.25;
            case TANH, RELU -> 1.0;
            default -> throw new IllegalArgumentException("no derivative bound for " + kind);
        };
    }

    /** Least-squares slope of y against x over the points with a finite y; NaN with fewer than two. */
    static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                mx += x[i];
                my += y[i];
                n++;
            }
        }
        if (n < 2) return Double.NaN;
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
            }
        }
        return sxy / sxx;
    }
}
