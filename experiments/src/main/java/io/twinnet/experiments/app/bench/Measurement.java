package io.twinnet.experiments.app.bench;

/**
 * What one timed repetition cost.
 *
 * @param steps           SGD steps taken
 * @param examples        examples trained on (steps × minibatch)
 * @param wallNanos       elapsed time ({@code System.nanoTime})
 * @param threadCpuNanos  CPU time of the benchmark thread ({@code ThreadMXBean.getCurrentThreadCpuTime}); misses
 *                        work done on other threads (DL4J's OpenMP/BLAS workers, prefetch threads)
 * @param processCpuNanos CPU time of the whole JVM ({@code OperatingSystemMXBean.getProcessCpuTime}): includes
 *                        native worker threads (and their spin-waiting), GC and JIT threads; Linux counts it in 10 ms ticks
 * @param allocatedBytes  Java heap bytes allocated by the benchmark thread
 *                        ({@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}), less the meter's own; off-heap
 *                        (ND4J) memory is not counted
 * @param gcCount         garbage collections during the repetition, summed over all collectors
 * @param gcMillis        their accumulated time
 */
public record Measurement(long steps, long examples, long wallNanos, long threadCpuNanos, long processCpuNanos,
                          long allocatedBytes, long gcCount, long gcMillis) {

    public double wallMicrosPerExample() {
        return wallNanos / 1e3 / examples;
    }

    public double threadCpuMicrosPerExample() {
        return threadCpuNanos / 1e3 / examples;
    }

    public double processCpuMicrosPerExample() {
        return processCpuNanos / 1e3 / examples;
    }

    public double allocatedBytesPerStep() {
        return steps == 0 ? 0 : (double) allocatedBytes / steps;
    }
}
