package io.twinnet.dl4j.parity;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.dl4j.Dl4jNetwork;
import io.twinnet.dl4j.Dl4jParameterLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Exact parity (DESIGN.md, "Parity", mode 1): for a {@link ParityCase}, draws one parameter vector with the
 * core's initialisers ({@code Network.initialise(spec)}), loads it into a DL4J network built from the same spec
 * (in the run's precision), and compares
 * <ol>
 *   <li>at the shared initial parameters, on the whole dataset: outputs, every layer's activations, the score;
 *       on the first minibatch: the summed gradient;</li>
 *   <li>then {@code steps} SGD steps, step t on minibatch {@code t mod order.size()} for both: the loss each
 *       {@code fit} returns and the parameters after each update.</li>
 * </ol>
 * All differences are {@link RelativeDifference}s; the result keeps their maxima and the growth at the
 * checkpoints. Running stops early only if a side's loss or parameters stop being finite.
 */
public final class ParityEngine {
    private ParityEngine() {
    }

    /** Runs every case in order; {@code onResult} (may be null) sees each result as it is finished. */
    public static ParityReport runAll(List<ParityCase> cases, ParityOptions options, Consumer<ParityResult> onResult) {
        List<ParityResult> results = new ArrayList<>(cases.size());
        for (ParityCase c : cases) {
            ParityResult r = run(c, options);
            results.add(r);
            if (onResult != null) onResult.accept(r);
        }
        return ParityReport.of(options.precision().jsonName(), options.steps(), results);
    }

    /** Runs one case. */
    public static ParityResult run(ParityCase parityCase, ParityOptions options) {
        NetworkSpec spec = parityCase.spec().withPrecision(options.precision());
        Dataset data = parityCase.data();
        MinibatchOrder order = parityCase.order();
        Network core = Network.initialise(spec);
        Dl4jNetwork dl4j = Dl4jNetwork.withParameters(spec, core.parameters());
        Dl4jParameterLayout layout = dl4j.transfer().layout();

        // 1. the shared starting point
        int n = data.size();
        double[] x = data.features();
        double[] y = data.labels();
        double outputRel = RelativeDifference.of(core.output(x, n), dl4j.output(x, n));
        double[][] coreActs = core.activations(x, n, false);
        double[][] dl4jActs = dl4j.activations(x, n, false);
        if (coreActs.length != dl4jActs.length) {
            throw new IllegalStateException(parityCase.name() + ": the core reports " + coreActs.length
                    + " activation arrays, DL4J " + dl4jActs.length);
        }
        double activationRel = 0;
        for (int i = 0; i < coreActs.length; i++) activationRel = worse(activationRel, RelativeDifference.of(coreActs[i], dl4jActs[i]));
        double initialLoss = core.score(x, y, n);
        double scoreRel = RelativeDifference.of(initialLoss, dl4j.score(x, y, n));

        Minibatch first = Minibatch.of(data, order.batch(0));
        core.computeGradient(first.features, first.labels, first.size);
        dl4j.computeGradient(first.features, first.labels, first.size);
        double gradientRel = RelativeDifference.blockwise(layout, core.gradient(), dl4j.gradient());

        // 2. the trajectory
        double lossMax = 0;
        double paramMax = 0;
        double paramLast = 0;
        int diverged = -1;
        int stepsRun = 0;
        List<StepDifference> growth = new ArrayList<>();
        int nextCheckpoint = 0;
        for (int t = 0; t < options.steps(); t++) {
            Minibatch mb = Minibatch.of(data, order.batch(t % order.size()));
            double coreLoss = core.fit(mb.features, mb.labels, mb.size);
            double dl4jLoss = dl4j.fit(mb.features, mb.labels, mb.size);
            double[] coreParams = core.parameters();
            double[] dl4jParams = dl4j.parameters();
            stepsRun = t + 1;
            double lossRel = RelativeDifference.of(coreLoss, dl4jLoss);
            paramLast = RelativeDifference.blockwise(layout, coreParams, dl4jParams);
            lossMax = worse(lossMax, lossRel);
            paramMax = worse(paramMax, paramLast);
            if (nextCheckpoint < options.checkpoints().size() && options.checkpoints().get(nextCheckpoint) == stepsRun) {
                growth.add(new StepDifference(stepsRun, lossRel, paramLast, lossMax, paramMax));
                nextCheckpoint++;
            }
            if (!finite(coreLoss, coreParams) || !finite(dl4jLoss, dl4jParams)) {
                diverged = stepsRun;
                break;
            }
        }
        double finalCore = core.score(x, y, n);
        double finalDl4j = dl4j.score(x, y, n);
        double max = 0;
        for (double d : new double[] {outputRel, activationRel, scoreRel, gradientRel, lossMax, paramMax}) max = worse(max, d);
        return new ParityResult(parityCase.name(), options.precision().jsonName(), layout.parameterCount(), stepsRun,
                outputRel, activationRel, scoreRel, gradientRel, lossMax, paramMax, paramLast, growth,
                initialLoss, finalCore, finalDl4j, diverged, max);
    }

    /**
     * The short check an experiment runs beside its own training: {@code initial} (core layout) loaded into a
     * core and a DL4J network of {@code spec} (its precision decides DL4J's data type), then the first
     * min(steps, order.size()) minibatches of {@code order} fed to both, with no early stop. Measures the
     * outputs on the first minibatch before training, the loss of every step and the parameters after the
     * last one.
     */
    public static TrajectoryParity trajectory(NetworkSpec spec, double[] initial, Dataset data, MinibatchOrder order, int steps) {
        Network core = Network.withParameters(spec, initial);
        Dl4jNetwork dl4j = Dl4jNetwork.withParameters(spec, initial);
        int n = Math.min(steps, order.size());
        double outputRel = 0;
        double lossMax = 0;
        for (int s = 0; s < n; s++) {
            Minibatch mb = Minibatch.of(data, order.batch(s));
            if (s == 0) outputRel = RelativeDifference.of(core.output(mb.features, mb.size), dl4j.output(mb.features, mb.size));
            double coreLoss = core.fit(mb.features, mb.labels, mb.size);
            double dl4jLoss = dl4j.fit(mb.features, mb.labels, mb.size);
            lossMax = worse(lossMax, RelativeDifference.of(coreLoss, dl4jLoss));
        }
        double paramRel = RelativeDifference.blockwise(dl4j.transfer().layout(), core.parameters(), dl4j.parameters());
        return new TrajectoryParity(n, outputRel, lossMax, paramRel);
    }

    private static double worse(double a, double b) {
        return b > a || Double.isNaN(b) ? b : a;
    }

    private static boolean finite(double loss, double[] params) {
        if (!Double.isFinite(loss)) return false;
        for (double p : params) if (!Double.isFinite(p)) return false;
        return true;
    }

    /** The rows of one minibatch, gathered once and fed to both sides. */
    private record Minibatch(double[] features, double[] labels, int size) {
        static Minibatch of(Dataset data, int[] indices) {
            double[] f = new double[indices.length * data.featureCount()];
            double[] l = new double[indices.length * data.labelCount()];
            data.gatherFeatures(indices, 0, indices.length, f);
            data.gatherLabels(indices, 0, indices.length, l);
            return new Minibatch(f, l, indices.length);
        }
    }
}
