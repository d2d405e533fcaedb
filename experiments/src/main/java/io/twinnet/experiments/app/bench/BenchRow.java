package io.twinnet.experiments.app.bench;

import java.util.List;

/**
 * The result of one side on one case: medians over the repetitions, and the ratios side / core of
 * the same case (how many times slower than the core; 1 for the core itself, NaN when the case has
 * no core side).
 *
 * @param caseId                 the case
 * @param input                  {@link BenchInput#id()}
 * @param minibatch              examples per SGD step
 * @param side                   {@link BenchSide#id()}
 * @param precision              "double" or "float"
 * @param feed                   how the examples were fed
 * @param dl4jThreads            DL4J's forced native thread count, 0 for its default (and for the core)
 * @param reps                   timed repetitions
 * @param stepsPerRep            SGD steps per repetition (the case's, or more for a fast side: see BenchRunner)
 * @param wallMicrosPerExample   median wall time per example
 * @param threadCpuMicrosPerExample  median CPU time of the benchmark thread per example
 * @param processCpuMicrosPerExample median CPU time of the whole process per example
 * @param wallRatio              wallMicrosPerExample / the core's
 * @param threadCpuRatio         threadCpuMicrosPerExample / the core's
 * @param processCpuRatio        processCpuMicrosPerExample / the core's
 * @param allocatedBytesPerStep  median Java heap bytes allocated per SGD step by the benchmark thread
 * @param gcCount                garbage collections over all timed repetitions
 * @param gcMillis               their accumulated time
 * @param lastScore              the training score of the last minibatch (finite: the network trained)
 * @param wallMicrosPerExampleByRep the per-repetition wall times, in run order
 */
public record BenchRow(String caseId, String input, int minibatch, String side, String precision, String feed, int dl4jThreads,
                       int reps, int stepsPerRep,
                       double wallMicrosPerExample, double threadCpuMicrosPerExample, double processCpuMicrosPerExample,
                       double wallRatio, double threadCpuRatio, double processCpuRatio,
                       double allocatedBytesPerStep, long gcCount, long gcMillis, double lastScore,
                       List<Double> wallMicrosPerExampleByRep) {

    /** The row of {@code side} from its repetitions; {@code core} is the case's core row, or null. */
    public static BenchRow of(BenchCase c, BenchSide side, List<Measurement> reps, double lastScore, BenchRow core) {
        if (reps.isEmpty()) throw new IllegalArgumentException("reps: side " + side.id() + " of case " + c.id() + " has no repetitions");
        double wall = Median.of(reps, Measurement::wallMicrosPerExample);
        double cpu = Median.of(reps, Measurement::threadCpuMicrosPerExample);
        double proc = Median.of(reps, Measurement::processCpuMicrosPerExample);
        return new BenchRow(c.id(), c.input().id(), c.minibatch(), side.id(), side.precision(), side.feed().name().toLowerCase(java.util.Locale.ROOT),
                side.threads(), reps.size(), (int) reps.get(0).steps(), wall, cpu, proc,
                ratio(side, wall, core == null ? Double.NaN : core.wallMicrosPerExample),
                ratio(side, cpu, core == null ? Double.NaN : core.threadCpuMicrosPerExample),
                ratio(side, proc, core == null ? Double.NaN : core.processCpuMicrosPerExample),
                Median.of(reps, Measurement::allocatedBytesPerStep),
                reps.stream().mapToLong(Measurement::gcCount).sum(),
                reps.stream().mapToLong(Measurement::gcMillis).sum(),
                lastScore,
                reps.stream().map(Measurement::wallMicrosPerExample).toList());
    }

    /** value / core's value; 1 for the core itself; NaN without a positive core value (e.g. under the CPU clock's tick). */
    private static double ratio(BenchSide side, double value, double coreValue) {
        if (side.isCore()) return 1.0;
        return coreValue > 0 ? value / coreValue : Double.NaN;
    }
}
