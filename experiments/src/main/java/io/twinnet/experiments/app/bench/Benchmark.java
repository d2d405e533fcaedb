package io.twinnet.experiments.app.bench;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.data.Mnist;
import io.twinnet.experiments.data.MnistSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole benchmark: describe the machine, build the cases, run them, judge the targets. MNIST
 * cases train on a seeded sample of {@code settings.poolSize()} MNIST training examples (the same for
 * every side); dense-random cases on as many random examples.
 */
public final class Benchmark {
    /** Full runs: every repetition of every side lasts at least this much thread CPU time (see BenchRunner). */
    public static final double MIN_REP_CPU_SECONDS = 0.4;

    private Benchmark() {
    }

    /** Runs the default cases on real MNIST (provisioned on first use). */
    public static BenchReport run(BenchSettings settings, Consumer<String> progress) {
        return run(settings, "", progress);
    }

    /**
     * Runs the default cases whose id starts with {@code casePrefix} ("" for all), with the sides of
     * {@code settings.only()}'s precision alone when it is set.
     *
     * @throws IllegalArgumentException when no case matches
     */
    public static BenchReport run(BenchSettings settings, String casePrefix, Consumer<String> progress) {
        long t0 = System.nanoTime();
        Meter meter = new Meter();
        MachineInfo machine = MachineInfo.detect(meter.loadAverage());
        List<String> pending = new ArrayList<>();
        List<BenchCase> all = BenchCases.defaults(settings, pending);
        List<BenchCase> cases = all.stream().filter(c -> c.id().startsWith(casePrefix)).toList();
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("--case: no benchmark case starts with '" + casePrefix + "' (cases: "
                    + all.stream().map(BenchCase::id).toList() + ")");
        }
        if (settings.only() != null) cases = cases.stream().flatMap(c -> c.inPrecision(settings.only()).stream()).toList();
        progress.accept("loading MNIST");
        Dataset train = Mnist.provisioned().core(MnistSplit.TRAIN);
        Dataset mnistPool = ExamplePool.sample(train, settings.poolSize(), BenchCases.SEED);
        BenchRunner runner = new BenchRunner(c -> pool(c, mnistPool, settings.poolSize()), progress,
                settings.quick() ? 0 : MIN_REP_CPU_SECONDS);
        BenchRunner.Result result = runner.run(cases, settings.reps(), machine.peakGflopsPerCore());
        return new BenchReport(machine.withLoadAverageEnd(meter.loadAverage()), settings, result.rows(), result.flopRates(),
                BenchTarget.judge(result.rows()), pending, (System.nanoTime() - t0) / 1e9);
    }

    private static Dataset pool(BenchCase c, Dataset mnistPool, int size) {
        return switch (c.input()) {
            case MNIST -> mnistPool;
            case DENSE_RANDOM -> ExamplePool.denseRandom(size, c.spec().input().size(), c.spec().outputShape().size(), BenchCases.SEED + 1);
        };
    }
}
