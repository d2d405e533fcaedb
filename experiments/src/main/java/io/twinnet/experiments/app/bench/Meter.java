package io.twinnet.experiments.app.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Times a {@link Workload}'s run on the calling thread: wall clock, the thread's CPU time, the
 * process's CPU time, the thread's heap allocation and the garbage collections in between.
 */
public final class Meter {
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.ThreadMXBean allocation;
    private final com.sun.management.OperatingSystemMXBean os;

    public Meter() {
        if (!(threads instanceof com.sun.management.ThreadMXBean t)) {
            throw new IllegalStateException("this JVM does not report per-thread allocation (com.sun.management.ThreadMXBean)");
        }
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean o)) {
            throw new IllegalStateException("this JVM does not report process CPU time (com.sun.management.OperatingSystemMXBean)");
        }
        if (!threads.isCurrentThreadCpuTimeSupported()) throw new IllegalStateException("this JVM does not report thread CPU time");
        if (!threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
        if (!t.isThreadAllocatedMemoryEnabled()) t.setThreadAllocatedMemoryEnabled(true);
        this.allocation = t;
        this.os = o;
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) least = Math.min(least, measureRaw(EMPTY, 0, 1).allocatedBytes());
        this.overheadBytes = least;
    }

    /** A workload that does nothing, to measure what the meter itself allocates. */
    private static final Workload EMPTY = new Workload() {
        @Override
        public void prepare(int steps) {
        }

        @Override
        public void run() {
        }

        @Override
        public double lastScore() {
            return Double.NaN;
        }
    };

    /** Heap bytes the meter's own calls allocate per measurement (measured on an empty workload; subtracted). */
    private final long overheadBytes;

    public long overheadBytes() {
        return overheadBytes;
    }

    /**
     * Prepares {@code steps} steps (untimed), then runs and measures them. The allocation excludes the
     * meter's own ({@link #overheadBytes()}; never below 0).
     */
    public Measurement measure(Workload workload, int steps, int minibatch) {
        Measurement m = measureRaw(workload, steps, minibatch);
        return new Measurement(m.steps(), m.examples(), m.wallNanos(), m.threadCpuNanos(), m.processCpuNanos(),
                Math.max(0, m.allocatedBytes() - overheadBytes), m.gcCount(), m.gcMillis());
    }

    private Measurement measureRaw(Workload workload, int steps, int minibatch) {
        workload.prepare(steps);
        long threadId = Thread.currentThread().getId();
        long gc0 = gcCount();
        long gcMs0 = gcMillis();
        long alloc0 = allocation.getThreadAllocatedBytes(threadId);
        long proc0 = os.getProcessCpuTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        workload.run();
        long wall = System.nanoTime() - wall0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long proc = os.getProcessCpuTime() - proc0;
        long alloc = allocation.getThreadAllocatedBytes(threadId) - alloc0;
        return new Measurement(steps, (long) steps * minibatch, wall, cpu, proc, alloc, gcCount() - gc0, gcMillis() - gcMs0);
    }

    /** The system load average over the last minute, or NaN where the OS does not tell. */
    public double loadAverage() {
        double l = os.getSystemLoadAverage();
        return l < 0 ? Double.NaN : l;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, b.getCollectionCount());
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, b.getCollectionTime());
        return n;
    }
}
