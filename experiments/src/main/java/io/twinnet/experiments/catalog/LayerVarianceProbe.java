package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TwinNetwork;
import java.util.Arrays;

/**
 * What {@link VariancePropagation} measures on a network as drawn, per hidden layer l = 1..L: the
 * activation std and mean square E[a_l²], the fraction of saturated units |a| &gt; 0.99, and the
 * std of the per-example mean weight gradient ∂L/∂W_l (the lab's gradient is summed over the
 * batch, so it is divided by the batch size); and the largest |ln(std / predicted std)| against
 * the mean-field recursion ({@link MeanField}).
 */
final class LayerVarianceProbe {
    private LayerVarianceProbe() {
    }

    static final Curve ACTIVATION_STD = Curve.of("activationStd", "hidden layer", "activation std");
    static final Curve THEORY_STD = Curve.of("theoryActivationStd", "hidden layer", "activation std predicted by the recursion");
    static final Curve MEAN_SQUARE = Curve.of("activationMeanSquare", "hidden layer", "activation mean square E[a^2]");
    static final Curve SATURATED = Curve.of("saturatedFraction", "hidden layer", "fraction of activations with |a| > 0.99");
    static final Curve GRADIENT_STD = Curve.of("weightGradientStd", "hidden layer", "std of the per-example mean weight gradient");
    static final Scalar DEPTH = Scalar.of("depth", "hidden layers L");
    static final Scalar COLLAPSE_RATIO = Scalar.of("collapseRatio", "activation std of the last hidden layer / of the first");
    static final Scalar MEAN_SQUARE_RATIO = Scalar.of("meanSquareRatio", "E[a_L^2] / E[a_1^2]");
    static final Scalar LAST_SATURATED = Scalar.of("lastLayerSaturated", "fraction of last-hidden-layer activations with |a| > 0.99");
    static final Scalar MAX_GRADIENT_STD = Scalar.of("maxGradientStd", "largest per-layer weight-gradient std");
    static final Scalar MIN_GRADIENT_STD = Scalar.of("minGradientStd", "smallest per-layer weight-gradient std");
    static final Scalar MAX_LOG_RATIO = Scalar.of("maxLogRatioToTheory", "max over hidden layers of |ln(measured std / predicted std)|");

    /** One forward pass for the activations and one backward pass for the weight gradients, per hidden layer. */
    static Trial.Outcome measure(TwinNetwork net, ParameterLayout layout, Dataset data, double[] theory, int depth) {
        double[][] acts = net.activations(data.features(), data.size());
        net.computeGradient(data.features(), data.labels(), data.size());
        double[] grad = net.gradient();
        double[] x = new double[depth];
        double[] std = new double[depth];
        double[] meanSquare = new double[depth];
        double[] saturated = new double[depth];
        double[] gradStd = new double[depth];
        double worst = 0;
        for (int l = 0; l < depth; l++) {
            double[] a = acts[l + 1];
            x[l] = l + 1;
            std[l] = Stats.std(a);
            meanSquare[l] = Stats.rms(a) * Stats.rms(a);
            saturated[l] = (double) Arrays.stream(a).filter(v -> Math.abs(v) > 0.99).count() / a.length;
            ParameterBlock w = layout.block(l, "W");
            double[] g = w.copyFrom(grad);
            for (int i = 0; i < g.length; i++) g[i] /= data.size(); // the gradient is summed over the batch: per-example mean
            gradStd[l] = Stats.std(g);
            worst = Math.max(worst, Math.abs(Math.log(std[l] / theory[l])));
        }
        Measurements m = new Measurements()
                .put(ACTIVATION_STD, new Series(x, std)).put(THEORY_STD, new Series(x, theory))
                .put(MEAN_SQUARE, new Series(x, meanSquare)).put(SATURATED, new Series(x, saturated))
                .put(GRADIENT_STD, new Series(x, gradStd))
                .put(DEPTH, depth).put(COLLAPSE_RATIO, std[depth - 1] / std[0]).put(MEAN_SQUARE_RATIO, meanSquare[depth - 1] / meanSquare[0])
                .put(LAST_SATURATED, saturated[depth - 1]).put(MAX_LOG_RATIO, worst)
                .put(MAX_GRADIENT_STD, Arrays.stream(gradStd).max().orElse(Double.NaN))
                .put(MIN_GRADIENT_STD, Arrays.stream(gradStd).min().orElse(Double.NaN));
        return Trial.Outcome.finishedIfFinite(Stats.allFinite(std) && Stats.allFinite(gradStd), m);
    }
}
