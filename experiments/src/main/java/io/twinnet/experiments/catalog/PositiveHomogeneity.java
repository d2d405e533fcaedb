package io.twinnet.experiments.catalog;

import io.twinnet.experiments.data.Subsets;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.CoreTwin;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.Trial;
import io.twinnet.experiments.lab.TwinNetwork;
import java.util.function.Predicate;

/**
 * Positive homogeneity of ReLU: ReLU(a·x) = a·ReLU(x) for every a &gt; 0. A bias-free net of d weight
 * layers with ReLU hidden units and an identity output is therefore homogeneous of degree d in its
 * weights, z(2W; x) = 2^d · z(W; x), and in floating point exactly so (scaling by a power of two is
 * exact). The check loads both implementations with the same U[-1,1] draw (the core's), evaluates
 * the logits with W and with 2W on 100 MNIST test images and records the worst relative deviation
 * from 2^d.
 */
final class PositiveHomogeneity {
    private PositiveHomogeneity() {
    }

    /** The weight layers of the checked net. */
    static final Scalar DEPTH = Scalar.of("depth", "number of weight layers d");
    /** The worst deviation from the identity; infinite when a zero logit turns non-zero. */
    static final Scalar MAX_DEVIATION = Scalar.of("maxRelDeviationFrom2PowD",
            "max over inputs and logits of |z(2W) / (2^d z(W)) - 1| (infinite when z(W) = 0 but z(2W) != 0)");
    /** The inputs are the same ten test images per class for every seed (the stream predates RunSeeds and has no name there). */
    static final long INPUT_SEED = 4000;
    private static final int INPUTS_PER_CLASS = 10;

    /** The bias-free ReLU net with the given hidden widths, U[-1,1] weights and an identity output. */
    static NetworkSpec spec(String name, int[] hidden, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(784)).name(name).learningRate(0.01).seed(seed);
        for (int h : hidden) b.layer(DenseLayerSpec.of(h, Activation.RELU, WeightInit.uniform(-1, 1)).withoutBias());
        b.layer(OutputLayerSpec.of(10, Activation.IDENTITY, LossFunction.MSE, WeightInit.uniform(-1, 1)).withoutBias());
        return b.build();
    }

    /** The check on a net named {@code name}, its weights drawn by the core with the run's init seed. */
    static Trial trial(String name, int[] hidden, RunSeeds seeds, RunEnvironment env) {
        NetworkSpec spec = spec(name, hidden, seeds.init());
        Dataset x = Subsets.stratified(env.mnistTest(), INPUTS_PER_CLASS, INPUT_SEED);
        return Trial.atInitialisation(spec, "MNIST test, " + Subsets.describe(INPUTS_PER_CLASS, INPUT_SEED),
                net -> Trial.Outcome.finished(measure(spec, x, net)));
    }

    /** The largest {@link #MAX_DEVIATION} over the seeds of {@code check} ({@link RunTable#largest}: exact, NaN or ∞ counting against the identity). */
    static <P extends GridPoint> Statistic<P> worstDeviation(P check) {
        return worstDeviation(check::equals, MAX_DEVIATION, "seeds");
    }

    /**
     * The largest of scalar {@code deviation} over the seeds of the points {@code which} accepts ({@code over}
     * names them, e.g. "depths and seeds"), as an exact estimate ({@link RunTable#largest}).
     */
    static <P extends GridPoint> Statistic<P> worstDeviation(Predicate<? super P> which, Scalar deviation, String over) {
        return Statistic.of("the largest over " + over + " of " + deviation.description(), runs -> runs.where(which).largest(r -> r.get(deviation)));
    }

    /** Every parameter times two: exact in floating point (a power of two changes only the exponent). */
    static double[] doubled(double[] theta) {
        double[] out = theta.clone();
        for (int i = 0; i < out.length; i++) out[i] *= 2;
        return out;
    }

    /**
     * max over i of |scaled[i] / (factor · base[i]) − 1|, skipping entries zero in both; infinite when an entry
     * that is zero in {@code base} is not zero in {@code scaled}, or when the two differ in length.
     */
    static double worstRelativeDeviation(double[] base, double[] scaled, double factor) {
        if (base.length != scaled.length) return Double.POSITIVE_INFINITY;
        double worst = 0;
        for (int i = 0; i < base.length; i++) {
            if (base[i] != 0) worst = Math.max(worst, Math.abs(scaled[i] / (factor * base[i]) - 1));
            else if (scaled[i] != 0) worst = Double.POSITIVE_INFINITY;
        }
        return worst;
    }

    private static Measurements measure(NetworkSpec spec, Dataset x, TwinNetwork net) {
        double[] theta = CoreTwin.initialise(spec).parameters();
        net.setParameters(theta);
        double[] z1 = net.output(x.features(), x.size());
        net.setParameters(doubled(theta));
        double[] z2 = net.output(x.features(), x.size());
        int depth = spec.layers().size();
        return new Measurements().put(DEPTH, depth).put(MAX_DEVIATION, worstRelativeDeviation(z1, z2, Math.pow(2, depth)));
    }
}
