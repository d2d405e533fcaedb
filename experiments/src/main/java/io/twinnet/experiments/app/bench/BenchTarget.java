package io.twinnet.experiments.app.bench;

import java.util.List;
import java.util.Optional;

/**
 * One of issue 8's targets, judged on the measured rows: DL4J's time per example divided by the
 * core's must be at least {@code threshold} (50 at minibatch 1; above 1, i.e. the core faster, at
 * minibatch 128), in the same precision (double) with DL4J fed prebuilt DataSets at its default
 * thread count, or (the "-1thread" targets) at one thread. Judged separately on wall time, on the
 * benchmark thread's CPU time (complete for the core and for one-thread DL4J, which runs its ops on the
 * calling thread, but missing DL4J's worker threads otherwise) and on process CPU time (which counts
 * those workers, and also GC, JIT and idle-spinning OpenMP threads). On a loaded machine wall time is
 * distorted, and DL4J's multi-threaded ops suffer most (their OpenMP barriers wait for descheduled threads).
 *
 * @param name              short name
 * @param rule              the rule in words
 * @param caseId            the case judged
 * @param side              the DL4J side judged
 * @param threshold         the ratio to reach (≥ for 50×, > for "faster")
 * @param wallRatio         measured DL4J/core on wall time (NaN when the row is missing)
 * @param threadCpuRatio    measured DL4J/core on the benchmark thread's CPU time
 * @param processCpuRatio   measured DL4J/core on process CPU time
 * @param holdsOnWall       wallRatio meets the threshold
 * @param holdsOnThreadCpu  threadCpuRatio meets the threshold
 * @param holdsOnProcessCpu processCpuRatio meets the threshold
 */
public record BenchTarget(String name, String rule, String caseId, String side, double threshold, double wallRatio,
                          double threadCpuRatio, double processCpuRatio, boolean holdsOnWall, boolean holdsOnThreadCpu,
                          boolean holdsOnProcessCpu) {

    /**
     * The targets of issue 17 (same precision on both sides: DL4J double against the double core, DL4J float
     * against the float32 core; ≥ 100× at minibatch 1, ≥ 2× at 128), then issue 8's on dense inputs and at one
     * DL4J thread.
     */
    public static List<BenchTarget> judge(List<BenchRow> rows) {
        return List.of(
                of("mb1-100x-double", "DL4J double / core >= 100 at minibatch 1 (MNIST)", rows, "mlp-mnist-mb1", BenchSide.DL4J_DOUBLE_DATASET, 100, true),
                of("mb128-2x-double", "DL4J double / core >= 2 at minibatch 128 (MNIST)", rows, "mlp-mnist-mb128", BenchSide.DL4J_DOUBLE_DATASET, 2, true),
                of("mb1-100x-float", "DL4J float / float core >= 100 at minibatch 1 (MNIST)", rows, "mlp-mnist-mb1", BenchSide.DL4J_FLOAT_DATASET, 100, true),
                of("mb128-2x-float", "DL4J float / float core >= 2 at minibatch 128 (MNIST)", rows, "mlp-mnist-mb128", BenchSide.DL4J_FLOAT_DATASET, 2, true),
                of("mb128-faster-double-dense", "DL4J double / core > 1 at minibatch 128 on dense random inputs (no sparsity)", rows, "mlp-dense-mb128", BenchSide.DL4J_DOUBLE_DATASET, 1, false),
                of("mb1-50x-double-1thread", "DL4J double at one thread / core >= 50 at minibatch 1 (MNIST)", rows, "mlp-mnist-mb1", BenchSide.DL4J_DOUBLE_DATASET_1T, 50, true),
                of("mb128-faster-double-1thread", "DL4J double at one thread / core > 1 at minibatch 128 (MNIST)", rows, "mlp-mnist-mb128", BenchSide.DL4J_DOUBLE_DATASET_1T, 1, false),
                of("mb128-faster-double-dense-1thread", "DL4J double at one thread / core > 1 at minibatch 128 on dense random inputs", rows, "mlp-dense-mb128", BenchSide.DL4J_DOUBLE_DATASET_1T, 1, false));
    }

    static BenchTarget of(String name, String rule, List<BenchRow> rows, String caseId, BenchSide side, double threshold, boolean inclusive) {
        Optional<BenchRow> row = rows.stream().filter(r -> r.caseId().equals(caseId) && r.side().equals(side.id())).findFirst();
        double wall = row.map(BenchRow::wallRatio).orElse(Double.NaN);
        double thread = row.map(BenchRow::threadCpuRatio).orElse(Double.NaN);
        double proc = row.map(BenchRow::processCpuRatio).orElse(Double.NaN);
        return new BenchTarget(name, rule, caseId, side.id(), threshold, wall, thread, proc, meets(wall, threshold, inclusive),
                meets(thread, threshold, inclusive), meets(proc, threshold, inclusive));
    }

    private static boolean meets(double ratio, double threshold, boolean inclusive) {
        return inclusive ? ratio >= threshold : ratio > threshold; // false for NaN
    }
}
