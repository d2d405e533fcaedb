package io.twinnet.experiments.catalog;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TwinNetwork;

/**
 * The singular values of a deep bias-free linear net's end-to-end map W_L⋯W_1 at initialisation
 * ({@link EndToEndMap}). With orthogonal square layers (Saxe et al. 2013, §3) the product is orthogonal, so every
 * singular value is exactly 1 and only rounding moves it. With i.i.d. N(0, 1/N) entries (the same variance) the
 * product's singular values spread exponentially in depth (the log singular values of a product of Gaussian
 * matrices grow at the Lyapunov exponents ½[ln(2/N) + ψ((N − i + 1)/2)], i = 1…N; Newman 1986), so the ratio of
 * the largest to the median one grows as e^{L·(λ₁ − λ_{N/2})}: about 0.3 per layer (natural log) at N = 16 or 32.
 * That ratio, not the full condition number, is the spread measured: σ_N falls below double precision's
 * resolution of the product long before depth 50.
 */
final class DeepLinearSpectrum {
    static final Curve SINGULAR_VALUES = Curve.of("endToEndSingularValues", "rank i (largest first)", "singular value of W_L...W_1");
    static final Scalar WORST_DEVIATION = Scalar.of("maxAbsSingularValueMinusOne", "max over i of |sigma_i - 1|");
    static final Scalar LOG10_SPREAD = Scalar.of("log10LargestOverMedianSingularValue", "log10(sigma_1 / sigma_(N/2))");

    private DeepLinearSpectrum() {
    }

    static NetworkSpec spec(boolean orthogonal, int depth, int width, long seed) {
        WeightInit init = orthogonal ? WeightInit.orthogonal(1) : WeightInit.normal(0, 1 / Math.sqrt(width));
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(width)).name(LearningTime.ID + (orthogonal ? "-orthogonal-d" : "-gaussian-d") + depth)
                .learningRate(0.01).seed(seed);
        for (int l = 0; l < depth - 1; l++) b.layer(DenseLayerSpec.of(width, Activation.IDENTITY, init).withoutBias());
        b.layer(OutputLayerSpec.of(width, Activation.IDENTITY, LossFunction.MSE, init).withoutBias());
        return b.build();
    }

    static Trial trial(boolean orthogonal, int depth, int width, long seed) {
        return Trial.atInitialisation(spec(orthogonal, depth, width, seed), "the " + width + " unit vectors of the input space",
                net -> measure(net, width));
    }

    static Trial.Outcome measure(TwinNetwork net, int width) {
        double[][] m = EndToEndMap.of(net, width, width);
        boolean finite = true;
        for (double[] row : m) for (double v : row) finite &= Double.isFinite(v);
        Measurements out = new Measurements();
        if (!finite) return Trial.Outcome.finishedIfFinite(false, out);
        double[] sigma = EndToEndMap.singularValues(m);
        SeriesBuilder curve = new SeriesBuilder();
        double worst = 0;
        for (int i = 0; i < sigma.length; i++) {
            curve.add(i + 1, sigma[i]);
            worst = Math.max(worst, Math.abs(sigma[i] - 1));
        }
        out.put(SINGULAR_VALUES, curve.build()).put(WORST_DEVIATION, worst).put(LOG10_SPREAD, log10Spread(sigma));
        return Trial.Outcome.finished(out);
    }

    /** log10(σ₁/σ_{N/2}) of singular values sorted largest first (σ_{N/2} the (N/2)-th largest). */
    static double log10Spread(double[] sigma) {
        return Math.log10(sigma[0] / sigma[sigma.length / 2 - 1]);
    }
}
