package io.twinnet.experiments.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * An estimate of the core clock rate when the OS does not state it (virtual machines often omit
 * "cpu MHz"): a chain of dependent 64-bit {@code x = x·K + C} steps is timed on the thread's CPU
 * clock. Each step waits for the previous one: one integer multiply (latency 3 cycles on AMD Zen 2–4
 * and Intel since Nehalem, Agner Fog's instruction tables) plus one add (1 cycle), so 4 cycles per
 * step and GHz ≈ 4·steps / CPU nanoseconds. The odd 64-bit constant K keeps the JIT from turning the
 * multiply into shifts and adds. Thread CPU time excludes time spent waiting for a CPU, so the
 * estimate holds on a loaded machine (a hypervisor's stolen time still counts as running).
 */
public final class ClockEstimate {
    /** Cycles per step of the dependent chain: imul (3) + add (1). */
    public static final int CYCLES_PER_STEP = 4;
    private static volatile long sink;

    private ClockEstimate() {
    }

    /** GHz from the best (fastest) of {@code trials} chains of {@code steps} steps each. */
    public static double gigahertz(long steps, int trials) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        chain(steps / 10 + 1, 1); // compile the loop first
        double best = Double.POSITIVE_INFINITY;
        for (int t = 0; t < trials; t++) {
            long c0 = mx.getCurrentThreadCpuTime();
            sink = chain(steps, t + 3);
            long ns = mx.getCurrentThreadCpuTime() - c0;
            best = Math.min(best, (double) ns / steps);
        }
        return CYCLES_PER_STEP / best;
    }

    private static long chain(long steps, long seed) {
        long x = seed;
        for (long i = 0; i < steps; i++) x = x * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        return x;
    }
}
