package io.twinnet.experiments.app.bench;

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
 * sides. A {@code System.gc()} before each timed run, and a pause of {@link #SETTLE_MILLIS} after it,
 * keep one side's garbage out of the next side's numbers: ND4J frees the native memory of collected
 * arrays on its own threads, which otherwise run during the next timed run and share its cores.
 */
public final class BenchRunner {
    /** How long the runner waits after {@code System.gc()} before a timed run. */
    static final long SETTLE_MILLIS = 150;
    private final Meter meter = new Meter();
    private final Function<BenchCase, Dataset> pools;
    private final Consumer<String> progress;

    private final double minRepCpuSeconds;

    /**
     * {@code pools} gives the examples of a case; {@code progress} receives one line per finished piece of
     * work. {@code minRepCpuSeconds}: a side whose {@link BenchCase#stepsPerRep()} steps take less thread CPU
     * time than this gets more steps per repetition (up to {@value #MAX_STEP_FACTOR}×), so that the process
     * CPU clock (10 ms ticks on Linux) resolves its repetitions; 0 keeps every side at the case's steps.
     */
    public BenchRunner(Function<BenchCase, Dataset> pools, Consumer<String> progress, double minRepCpuSeconds) {
        this.pools = pools;
        this.progress = progress;
        this.minRepCpuSeconds = minRepCpuSeconds;
    }

    /** The most a side's steps per repetition are stretched beyond the case's. */
    public static final int MAX_STEP_FACTOR = 50;

    /** The case's steps, or more when one calibration run of them takes less than {@code minRepCpuSeconds} of thread CPU. */
    private int stepsPerRep(BenchCase c, Workload w) {
        if (minRepCpuSeconds <= 0) return c.stepsPerRep();
        Measurement m = meter.measure(w, c.stepsPerRep(), c.minibatch());
        double cpuPerStep = Math.max(m.threadCpuNanos(), 1) / 1e9 / c.stepsPerRep();
        long wanted = (long) Math.ceil(minRepCpuSeconds / cpuPerStep);
        return (int) Math.max(c.stepsPerRep(), Math.min(wanted, (long) MAX_STEP_FACTOR * c.stepsPerRep()));
    }

    /**
     * Rows of every side of every case, with {@code reps} repetitions each (a DL4J row's ratios are against the
     * core row of its precision), and the flop rates of every core row against a double peak of
     * {@code peakGflopsPerCore} (twice that for the float core).
     */
    public Result run(List<BenchCase> cases, int reps, double peakGflopsPerCore) {
        List<BenchRow> rows = new ArrayList<>();
        List<FlopRate> rates = new ArrayList<>();
        for (BenchCase c : cases) {
            Dataset pool = pools.apply(c);
            Map<BenchSide, Workload> work = new LinkedHashMap<>();
            for (BenchSide side : c.sides()) work.put(side, Workloads.create(side, c, pool));
            Map<BenchSide, Integer> steps = new LinkedHashMap<>();
            for (Map.Entry<BenchSide, Workload> e : work.entrySet()) {
                progress.accept(c.id() + ": warm-up " + e.getKey().id());
                if (c.warmupSteps() > 0) {
                    e.getValue().prepare(c.warmupSteps());
                    e.getValue().run();
                }
                steps.put(e.getKey(), stepsPerRep(c, e.getValue()));
            }
            List<BenchSide> sides = c.sides();
            Map<BenchSide, List<Measurement>> measured = new LinkedHashMap<>();
            for (BenchSide side : sides) measured.put(side, new ArrayList<>());
            for (int r = 0; r < reps; r++) {
                progress.accept(c.id() + ": repetition " + (r + 1) + "/" + reps);
                for (int k = 0; k < sides.size(); k++) {
                    BenchSide side = sides.get((k + r) % sides.size());
                    settle();
                    measured.get(side).add(meter.measure(work.get(side), steps.get(side), c.minibatch()));
                }
            }
            Map<BenchSide, BenchRow> cores = new LinkedHashMap<>();
            for (BenchSide side : sides) {
                if (side.isCore()) cores.put(side, BenchRow.of(c, side, measured.get(side), work.get(side).lastScore(), null));
            }
            for (BenchSide side : sides) {
                rows.add(side.isCore() ? cores.get(side)
                        : BenchRow.of(c, side, measured.get(side), work.get(side).lastScore(), cores.get(side.coreOfSamePrecision())));
            }
            for (Map.Entry<BenchSide, BenchRow> e : cores.entrySet()) {
                // float has twice the SIMD lanes of double in the same FMA units
                double peak = "float".equals(e.getKey().precision()) ? 2 * peakGflopsPerCore : peakGflopsPerCore;
                FlopCount.of(c.spec()).ifPresent(count -> rates.add(FlopRate.of(c.id(), e.getKey().id(), c.minibatch(), count,
                        ExamplePool.nonZeroFraction(pool), e.getValue().threadCpuMicrosPerExample(), peak)));
            }
        }
        return new Result(rows, rates);
    }

    /** The rows and the core's flop rates. */
    public record Result(List<BenchRow> rows, List<FlopRate> flopRates) {
    }

    /** Collects garbage, then waits for the reference processing and native frees it triggers. */
    private static void settle() {
        System.gc();
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
