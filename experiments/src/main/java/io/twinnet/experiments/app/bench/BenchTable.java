package io.twinnet.experiments.app.bench;

import java.util.Locale;

/** The human-readable form of a {@link BenchReport}: machine, one line per row, flop rates, targets. */
public final class BenchTable {
    private BenchTable() {
    }

    public static String render(BenchReport r) {
        StringBuilder s = new StringBuilder();
        MachineInfo m = r.machine();
        s.append(f("machine: %s (vendor %s, family 0x%x model 0x%x), %d cores, flags %s%n", m.cpuModel(), m.vendor(), m.cpuFamily(),
                m.cpuModelNumber(), m.cores(), String.join(" ", m.simdFlags())));
        s.append(f("clock: %.2f GHz (%s)%n", m.ghz(), m.ghzSource()));
        s.append(f("peak double: %.1f GFLOP/s per core, %.1f on all cores; assumes %d flops/cycle/core: %s%n", m.peakGflopsPerCore(),
                m.peakGflopsAllCores(), m.dpFlopsPerCyclePerCore(), m.flopsAssumption()));
        s.append(f("JDK %s, %s, max heap %d MB; OMP_NUM_THREADS=%s; ND4J threads %d, master %d, BLAS %d (%s); core kernels: %s%n", m.jdk(),
                m.os(), m.maxHeapBytes() >> 20, m.ompNumThreads(), m.dl4jDefaultThreads().maxThreads(), m.dl4jDefaultThreads().maxMasterThreads(),
                m.dl4jDefaultThreads().blasThreads(), m.blasVendor(), m.coreKernels()));
        s.append(f("load average: %.1f at start, %.1f at end; %s, %d repetitions (median quoted), %s loss; %.0f s in all%n%n",
                m.loadAverageStart(), m.loadAverageEnd(), r.settings().quick() ? "quick" : "full", r.settings().reps(),
                r.settings().loss().equals("mse") ? "ReLU output + MSE" : "softmax output + MCXENT", r.totalSeconds()));
        s.append(f("%-16s %-28s %6s %10s %10s %10s %8s %8s %8s %12s %5s %8s %7s %7s%n", "case", "side", "steps", "wall", "threadCPU",
                "procCPU", "x wall", "x thrCPU", "x prCPU", "alloc B/step", "GCs", "score", "GF/s", "of peak"));
        s.append(f("%-16s %-28s %6s %10s %10s %10s %8s %8s %8s %12s %5s %8s %7s %7s%n", "", "", "/rep", "us/ex", "us/ex", "us/ex",
                "vs core", "vs core", "vs core", "", "", "", "done", ""));
        String last = null;
        for (BenchRow row : r.rows()) {
            if (last != null && !last.equals(row.caseId())) s.append('\n');
            last = row.caseId();
            FlopRate rate = r.flopRates().stream().filter(fr -> fr.caseId().equals(row.caseId()) && fr.side().equals(row.side()))
                    .findFirst().orElse(null);
            s.append(f("%-16s %-28s %6d %10.2f %10.2f %10.2f %8.2f %8.2f %8.2f %12.0f %5d %8.4f %7s %7s%n", row.caseId(), row.side(),
                    row.stepsPerRep(), row.wallMicrosPerExample(), row.threadCpuMicrosPerExample(), row.processCpuMicrosPerExample(),
                    row.wallRatio(), row.threadCpuRatio(), row.processCpuRatio(), row.allocatedBytesPerStep(), row.gcCount(), row.lastScore(),
                    rate == null ? "" : f("%.2f", rate.performedGflops()), rate == null ? "" : f("%.1f%%", 100 * rate.performedFractionOfPeak())));
        }
        s.append(f("%nthe core's arithmetic (per example; flops counted as in FlopCount: 2 per multiply-add, forward + weight and input gradients + SGD update):%n"));
        s.append(f("%-16s %-10s %8s %12s %12s %10s %12s %12s %8s %8s%n", "case", "side", "nonzero", "dense flops", "done flops", "CPU us/ex",
                "dense GF/s", "done GF/s", "peak", "of peak"));
        for (FlopRate fr : r.flopRates()) {
            s.append(f("%-16s %-10s %8.3f %12.0f %12.0f %10.2f %12.2f %12.2f %8.1f %7.1f%%%n", fr.caseId(), fr.side(), fr.inputNonZeroFraction(),
                    fr.denseFlopsPerExample(),
                    fr.performedFlopsPerExample(), fr.coreCpuMicrosPerExample(), fr.denseEquivalentGflops(), fr.performedGflops(),
                    fr.peakGflopsPerCore(), 100 * fr.performedFractionOfPeak()));
        }
        s.append(f("%ntargets (ratio = DL4J / core time per example, the core in DL4J's precision; prebuilt DataSets):%n"));
        for (BenchTarget t : r.targets()) {
            if (Double.isNaN(t.wallRatio()) && Double.isNaN(t.threadCpuRatio()) && Double.isNaN(t.processCpuRatio())) {
                s.append(f("  %-34s not run (--case or --precision left out %s / %s)  -- %s%n", t.name(), t.caseId(), t.side(), t.rule()));
                continue;
            }
            s.append(f("  %-34s wall %8.2f (%s)  thread CPU %8.2f (%s)  process CPU %8.2f (%s)  -- %s%n", t.name(), t.wallRatio(),
                    t.holdsOnWall() ? "holds" : "fails", t.threadCpuRatio(), t.holdsOnThreadCpu() ? "holds" : "fails",
                    t.processCpuRatio(), t.holdsOnProcessCpu() ? "holds" : "fails", t.rule()));
        }
        for (String p : r.pending()) s.append(f("%n%s%n", p));
        return s.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
