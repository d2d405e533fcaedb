package io.twinnet.experiments.bench;

import io.twinnet.core.data.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs benchmark cases in this thread. Per case: every side gets a fresh network and the case's
 * example pool, runs its warm-up steps, then the repetitions; within a repetition the sides take turns,
 * starting one later each repetition, so that slow drifts of the machine's load spread over all
 * sides. A {@code System.gc()} before each timed run keeps one side's garbage out of the next
 * side's numbers.
 */
public final class BenchRunner {
    private final Meter meter = new Meter();
    private final Function<BenchCase, Dataset> pools;
    private final Consumer<String> progress;

    /** {@code pools} gives the examples of a case; {@code progress} receives one line per finished step of work. */
    public BenchRunner(Function<BenchCase, Dataset> pools, Consumer<String> progress) {
        this.pools = pools;
        this.progress = progress;
    }

    /**
     * Rows of every side of every case, with {@code reps} repetitions each, and the core's flop rates
     * against a peak of {@code peakGflopsPerCore}.
     */
    public Result run(List<BenchCase> cases, int reps, double peakGflopsPerCore) {
        List<BenchRow> rows = new ArrayList<>();
        List<FlopRate> rates = new ArrayList<>();
        for (BenchCase c : cases) {
            Dataset pool = pools.apply(c);
            Map<BenchSide, Workload> work = new LinkedHashMap<>();
            for (BenchSide side : c.sides()) work.put(side, Workloads.create(side, c, pool));
            for (Map.Entry<BenchSide, Workload> e : work.entrySet()) {
                progress.accept(c.id() + ": warm-up " + e.getKey().id());
                if (c.warmupSteps() > 0) {
                    e.getValue().prepare(c.warmupSteps());
                    e.getValue().run();
                }
            }
            List<BenchSide> sides = c.sides();
            Map<BenchSide, List<Measurement>> measured = new LinkedHashMap<>();
            for (BenchSide side : sides) measured.put(side, new ArrayList<>());
            for (int r = 0; r < reps; r++) {
                progress.accept(c.id() + ": repetition " + (r + 1) + "/" + reps);
                for (int k = 0; k < sides.size(); k++) {
                    BenchSide side = sides.get((k + r) % sides.size());
                    System.gc();
                    measured.get(side).add(meter.measure(work.get(side), c.stepsPerRep(), c.minibatch()));
                }
            }
            BenchRow core = null;
            if (measured.containsKey(BenchSide.CORE)) {
                core = BenchRow.of(c, BenchSide.CORE, measured.get(BenchSide.CORE), work.get(BenchSide.CORE).lastScore(), null);
            }
            for (BenchSide side : sides) {
                rows.add(side == BenchSide.CORE ? core : BenchRow.of(c, side, measured.get(side), work.get(side).lastScore(), core));
            }
            if (core != null) {
                final BenchRow coreRow = core;
                FlopCount.of(c.spec()).ifPresent(count -> rates.add(FlopRate.of(c.id(), c.minibatch(), count,
                        ExamplePool.nonZeroFraction(pool), coreRow.threadCpuMicrosPerExample(), peakGflopsPerCore)));
            }
        }
        return new Result(rows, rates);
    }

    /** The rows and the core's flop rates. */
    public record Result(List<BenchRow> rows, List<FlopRate> flopRates) {
    }
}
