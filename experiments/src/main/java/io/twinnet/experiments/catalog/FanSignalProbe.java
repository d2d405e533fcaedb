package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * What {@link FanInVsFanOut} measures on many bias-free dense nets of one implementation, each fed
 * one example: the forward signal E[x_{l+1}²] (the mean square of hidden layer l's output, l = 1..L)
 * relative to layer 1's, and the backward signal, the mean square of ∂L/∂x_l for the inputs
 * x_2 … x_{L+1} of layers 2..L+1 (x_{L+1} feeds the output layer), relative to x_{L+1}'s. A
 * one-example weight gradient of layer l is G = x_l ⊗ ∂L/∂z_l (core layout [nIn, nOut]), so
 * ∂L/∂z_l = Gᵀx_l / ‖x_l‖² exactly and ∂L/∂x_l = W_l·∂L/∂z_l: both from the side's own activations,
 * weights and gradient.
 */
final class FanSignalProbe {
    private FanSignalProbe() {
    }

    static final Curve FORWARD_RATIOS = Curve.of("forwardRatios", "net", "E[x_(L+1)^2] / E[x_2^2] (Var z_L / Var z_1)");
    static final Curve BACKWARD_RATIOS = Curve.of("backwardRatios", "net", "Var dL/dx_2 / Var dL/dx_(L+1)");
    static final Curve FORWARD_BY_LAYER = Curve.of("forwardByLayer", "hidden layer l", "mean over nets of Var z_l / Var z_1");
    static final Curve THEORY_FORWARD = Curve.of("theoryForwardByLayer", "hidden layer l", "prod over k = 2..l of n_k sigma_k^2 / 2");
    static final Curve BACKWARD_BY_LAYER = Curve.of("backwardByLayer", "layer l (input x_l)", "mean over nets of Var dL/dx_l / Var dL/dx_(L+1)");
    static final Curve THEORY_BACKWARD = Curve.of("theoryBackwardByLayer", "layer l (input x_l)", "prod over k = l..L of d_k sigma_k^2 / 2");

    private static final Bootstrap BOOTSTRAP = Bootstrap.seeded(RunTable.BOOTSTRAP_SEED);

    /**
     * The mean of the per-net values of {@code ratios} over the nets of every measured run in {@code runs}, divided by
     * {@code theory}, with its bootstrap interval over the pooled nets (which are i.i.d.).
     */
    static <P extends GridPoint> Estimate pooledMeanOverTheory(RunTable<P> runs, Curve ratios, double theory) {
        double[] v = runs.measured().stream().map(r -> r.get(ratios)).filter(s -> s != null).flatMapToDouble(s -> Arrays.stream(s.y())).toArray();
        if (v.length == 0) return Estimate.none();
        return BOOTSTRAP.estimate(v, x -> Arrays.stream(x).average().orElse(Double.NaN) / theory);
    }

    /**
     * @param draws          the nets (the run's own first)
     * @param nets           how many to draw
     * @param data           example k feeds net k
     * @param depth          L, the hidden layers
     * @param forwardTheory  Var z_l / Var z_1 for l = 1..L
     * @param backwardTheory Var ∂L/∂x_l / Var ∂L/∂x_{L+1} for l = 2..L+1
     */
    static Trial.Outcome measure(NetDraws draws, int nets, Dataset data, int depth, IntToDoubleFunction forwardTheory,
                                 IntToDoubleFunction backwardTheory) {
        if (nets > data.size()) throw new IllegalArgumentException("data: " + nets + " nets need as many examples, got " + data.size());
        SeriesBuilder forwardRatios = new SeriesBuilder();
        SeriesBuilder backwardRatios = new SeriesBuilder();
        double[] forwardSum = new double[depth];
        double[] backwardSum = new double[depth];
        boolean finite = true;
        ParameterLayout layout = null;
        for (int k = 0; k < nets; k++) {
            TwinNetwork net = draws.next();
            if (layout == null) layout = ParameterLayout.of(net.spec());
            Dataset one = data.rows(new int[] {k});
            double[][] a = net.activations(one.features(), 1);
            double[] forward = new double[depth];
            for (int l = 1; l <= depth; l++) forward[l - 1] = Exploding.meanSquare(a[l]);
            net.computeGradient(one.features(), one.labels(), 1);
            double[] backward = backwardSignal(layout, net.parameters(), net.gradient(), a, depth);
            for (int i = 0; i < depth; i++) {
                forwardSum[i] += forward[i] / forward[0];
                backwardSum[i] += backward[i] / backward[depth - 1];
            }
            double fr = forward[depth - 1] / forward[0];
            double br = backward[0] / backward[depth - 1];
            finite &= Double.isFinite(fr) && Double.isFinite(br);
            forwardRatios.add(k, fr);
            backwardRatios.add(k, br);
        }
        SeriesBuilder forwardMean = new SeriesBuilder();
        SeriesBuilder forwardTheoryCurve = new SeriesBuilder();
        SeriesBuilder backwardMean = new SeriesBuilder();
        SeriesBuilder backwardTheoryCurve = new SeriesBuilder();
        for (int i = 0; i < depth; i++) {
            forwardMean.add(i + 1, forwardSum[i] / nets);
            forwardTheoryCurve.add(i + 1, forwardTheory.applyAsDouble(i + 1));
            backwardMean.add(i + 2, backwardSum[i] / nets);
            backwardTheoryCurve.add(i + 2, backwardTheory.applyAsDouble(i + 2));
        }
        Series fwd = forwardMean.build();
        Series bwd = backwardMean.build();
        Measurements m = new Measurements().put(FORWARD_RATIOS, forwardRatios.build())
                .put(BACKWARD_RATIOS, backwardRatios.build())
                .put(FORWARD_BY_LAYER, fwd).put(THEORY_FORWARD, forwardTheoryCurve.build())
                .put(BACKWARD_BY_LAYER, bwd).put(THEORY_BACKWARD, backwardTheoryCurve.build());
        return Trial.Outcome.finishedIfFinite(finite && Stats.allFinite(fwd.y()) && Stats.allFinite(bwd.y()), m);
    }

    /**
     * The mean square of ∂L/∂x_l for l = 2..L+1 (entry l − 2), from a one-example gradient: layer index i = l − 1 (0-based)
     * has input x_l = {@code activations[i]}.
     */
    static double[] backwardSignal(ParameterLayout layout, double[] params, double[] gradient, double[][] activations, int depth) {
        double[] out = new double[depth];
        for (int i = 1; i <= depth; i++) {
            ParameterBlock w = layout.block(i, "W");
            int nIn = w.shape()[0];
            int nOut = w.shape()[1];
            double[] x = activations[i];
            double xx = 0;
            for (double v : x) xx += v * v;
            double[] dz = new double[nOut];
            for (int j = 0; j < nIn; j++) {
                for (int o = 0; o < nOut; o++) dz[o] += gradient[w.offset() + j * nOut + o] * x[j];
            }
            for (int o = 0; o < nOut; o++) dz[o] /= xx;
            double[] dx = new double[nIn];
            for (int j = 0; j < nIn; j++) {
                double s = 0;
                for (int o = 0; o < nOut; o++) s += params[w.offset() + j * nOut + o] * dz[o];
                dx[j] = s;
            }
            out[i - 1] = Exploding.meanSquare(dx);
        }
        return out;
    }
}
