package io.twinnet.experiments.catalog;

import static io.twinnet.experiments.catalog.SyntheticRecords.both;
import static io.twinnet.experiments.catalog.SyntheticRecords.everySeed;
import static io.twinnet.experiments.catalog.SyntheticRecords.side;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.catalog.FanInVsFanOut.Fan;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.TrialRunner;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinNetworks;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FanInVsFanOutTest {
    private final DeclaredExperiment<FanInVsFanOut.Point> experiment = new DeclaredExperiment<>(new FanInVsFanOut());
    private static final List<Integer> W = FanInVsFanOut.WIDTHS;

    @ParameterizedTest
    @CsvSource({
            // fan-in, σ² = 2/n_l: every forward factor ½·n_l·2/n_l is 1
            "IN, 6, 1",
            // fan-out, σ² = 2/d_l: layer 2 (n = 64, d = 512) gives 64/512 = 0.125, layer 3 (512 -> 64) gives 8 back
            "OUT, 2, 0.125",
            "OUT, 3, 1",
            // through all six: (64/512)(512/64)(64/512)(512/64)(64/512) = 1/8 = d_1/d_L
            "OUT, 6, 0.125"})
    void forwardProductsMatchHandComputedValues(Fan fan, int layer, double expected) {
        assertEquals(expected, FanInVsFanOut.forwardTheory(fan, W, layer), 1e-15);
    }

    @ParameterizedTest
    @CsvSource({
            // fan-in, layers 2..6: (512/64)(64/512)(512/64)(64/512)(512/64) = 8 = d_L/d_1
            "IN, 2, 8",
            // layers 3..6: (64/512)(512/64)(64/512)(512/64) = 1 = d_6/d_2
            "IN, 3, 1",
            // layers 6..6: 512/64
            "IN, 6, 8",
            // nothing above the last hidden layer
            "IN, 7, 1",
            // fan-out: every backward factor ½·d_l·2/d_l is 1
            "OUT, 2, 1"})
    void backwardProductsMatchHandComputedValues(Fan fan, int layer, double expected) {
        assertEquals(expected, FanInVsFanOut.backwardTheory(fan, W, layer), 1e-15);
    }

    @Test
    void theBackwardSignalOfAHandNetIsTheOutputErrorPassedBackThroughTheWeights() {
        // 2 inputs, 2 ReLU units with W1 = I, an identity output with W2 = (0.5, -1): x = (1, 2) gives x_2 = (1, 2) and
        // a = 0.5 - 2 = -1.5; against t = 0.5, DL4J's MSE gradient is 2(a - t)/1 = -4, so dL/dx_2 = W2·(-4) = (-2, 4)
        // with mean square (4 + 16)/2 = 10
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(2)).learningRate(0.01).seed(1)
                .layer(DenseLayerSpec.of(2, Activation.RELU, WeightInit.relu()).withoutBias())
                .layer(OutputLayerSpec.of(1, Activation.IDENTITY, LossFunction.MSE, WeightInit.relu()).withoutBias()).build();
        for (Implementation impl : Implementation.values()) {
            TwinNetwork net = TwinNetworks.withParameters(impl, spec, new double[] {1, 0, 0, 1, 0.5, -1});
            double[] x = {1, 2};
            double[][] a = net.activations(x, 1);
            net.computeGradient(x, new double[] {0.5}, 1);
            double[] ms = FanSignalProbe.backwardSignal(ParameterLayout.of(spec), net.parameters(), net.gradient(), a, 1);
            assertArrayEquals(new double[] {10}, ms, 1e-12, impl.label());
        }
    }

    @Test
    void coreAndDl4jGiveTheSameBackwardSignalFromSharedParameters() {
        NetworkSpec spec = FanInVsFanOut.spec(FanInVsFanOut.FAN_OUT, 3);
        TwinNetwork core = TwinNetworks.initialise(Implementation.CORE, spec);
        TwinNetwork dl4j = TwinNetworks.withParameters(Implementation.DL4J, spec, core.parameters());
        var data = GaussianData.of(FanInVsFanOut.INPUT, FanInVsFanOut.OUTPUT, 1, 9);
        double[][] signals = new double[2][];
        int i = 0;
        for (TwinNetwork net : List.of(core, dl4j)) {
            double[][] a = net.activations(data.features(), 1);
            net.computeGradient(data.features(), data.labels(), 1);
            signals[i++] = FanSignalProbe.backwardSignal(ParameterLayout.of(spec), net.parameters(), net.gradient(), a, W.size());
        }
        for (int l = 0; l < W.size(); l++) assertEquals(signals[0][l], signals[1][l], 1e-9 * signals[0][l], "layer input " + (l + 2));
    }

    @Test
    void aRunDrawsItsNetsOnBothImplementationsAndFanInKeepsTheForwardSignalOnAverage() {
        FanInVsFanOut.Point p = FanInVsFanOut.FAN_IN;
        RunConfig config = experiment.configurations(Profile.QUICK, 1).stream().filter(c -> c.config().equals(p.id())).findFirst().orElseThrow();
        RunRecord r = TrialRunner.run(config, RunSeeds.of(1), new FanInVsFanOut().trial(p, RunSeeds.of(1), new FanInVsFanOut.Sizes(60, 1)),
                EnumSet.allOf(Implementation.class));
        for (Implementation impl : Implementation.values()) {
            SideRecord s = r.side(impl);
            assertEquals(RunStatus.FINISHED, s.status(), impl + ": " + s.failure());
            assertEquals(60, s.seriesOrNull("forwardRatios").size(), "both sides draw the same nets per run");
            assertEquals(W.size(), s.seriesOrNull("backwardByLayer").size());
        }
        // the per-net forward ratio has a standard deviation of about 0.5, so 60 nets' mean lies within 0.3 of 1
        double mean = Arrays.stream(r.side(Implementation.CORE).seriesOrNull("forwardRatios").y()).average().orElseThrow();
        assertEquals(1, mean, 0.3);
    }

    /** Five seeds of {@code nets} per-net ratios: each point's theory times {@code factor}, log-normal with log-std 0.5. */
    private List<RunRecord> records(int nets, double factor) {
        List<RunRecord> runs = new ArrayList<>();
        for (FanInVsFanOut.Point p : List.of(FanInVsFanOut.FAN_IN, FanInVsFanOut.FAN_OUT)) {
            double forward = FanInVsFanOut.forwardTheory(p.fan(), W, W.size()) * factor;
            double backward = FanInVsFanOut.backwardTheory(p.fan(), W, 2) * factor;
            runs.addAll(everySeed((seed, spread) -> {
                SplittableRandom rng = new SplittableRandom(seed * 31 + p.fan().ordinal());
                return both(FanInVsFanOut.ID, p.id(), seed, side(Map.of(), Map.of("forwardRatios", lognormal(rng, nets, forward),
                        "backwardRatios", lognormal(rng, nets, backward))));
            }));
        }
        return runs;
    }

    /** {@code n} values of a log-normal with log-std 0.5 and mean {@code mean}. */
    private static Series lognormal(SplittableRandom rng, int n, double mean) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            double g = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
            x[k] = k;
            y[k] = mean * Math.exp(0.5 * g - 0.125);
        }
        return new Series(x, y);
    }

    @Test
    void ratiosOnTheTheoryReproduceEveryClaim() {
        for (ClaimResult c : experiment.evaluate(records(200, 1), Profile.QUICK)) {
            assertEquals(Verdict.REPRODUCED, c.verdictOf(Implementation.CORE), c.id());
        }
    }

    @Test
    void ratiosHalfAgainTheTheoryRefuteAndFewNetsAreInconclusive() {
        for (ClaimResult c : experiment.evaluate(records(200, 1.5), Profile.QUICK)) {
            assertEquals(Verdict.NOT_REPRODUCED, c.verdictOf(Implementation.CORE), c.id());
        }
        // two nets per seed, ten per init: the interval of the mean is wider than ±20 %
        for (ClaimResult c : experiment.evaluate(records(2, 1), Profile.QUICK)) {
            assertEquals(Verdict.INCONCLUSIVE, c.verdictOf(Implementation.CORE), c.id());
        }
    }

    @Test
    void eachClaimNamesItsTheoryInItsRule() {
        List<String> rules = experiment.declaration().claims().stream().map(c -> c.rule().text()).toList();
        assertTrue(rules.get(2).contains("theory 8.000"), rules.get(2));
        assertTrue(rules.get(3).contains("theory 0.1250"), rules.get(3));
    }
}
