package io.twinnet.experiments.app.bench;

import io.twinnet.core.math.Simd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine the benchmark ran on, and its assumed double-precision peak.
 *
 * <p>Peak per core = GHz × doubles per SIMD register × 2 (an FMA is a multiply and an add) × FMA units.
 * The SIMD width and unit count are assumed from the CPU's vendor, family and flags (see
 * {@link #flopsPerCycle}); the clock is "cpu MHz" from /proc/cpuinfo when present, else the
 * {@link ClockEstimate}.
 *
 * @param cpuModel            "model name" from /proc/cpuinfo
 * @param vendor              "vendor_id"
 * @param cpuFamily           "cpu family"
 * @param cpuModelNumber      "model"
 * @param simdFlags           the relevant flags present (sse2, avx, avx2, fma, avx512f)
 * @param cores               {@code Runtime.availableProcessors()}
 * @param jdk                 java.version and java.vm.name
 * @param os                  os.name os.version os.arch
 * @param ompNumThreads       the OMP_NUM_THREADS environment variable, or "unset"
 * @param dl4jDefaultThreads  ND4J's thread settings at start (its default for the headline rows)
 * @param blasVendor          ND4J's BLAS
 * @param coreKernels         the form of the core's kernels in this JVM ({@code io.twinnet.core.math.Simd#describe}): SIMD or plain loops (same bits)
 * @param maxHeapBytes        the JVM's maximum heap
 * @param ghz                 the clock used for the peak
 * @param ghzSource           where it came from
 * @param dpFlopsPerCyclePerCore assumed double-precision flops per cycle per core
 * @param flopsAssumption     the reasoning behind it
 * @param peakGflopsPerCore   ghz × dpFlopsPerCyclePerCore
 * @param peakGflopsAllCores  × cores
 * @param loadAverageStart    1-minute load average when the benchmark started
 * @param loadAverageEnd      and when it ended
 */
public record MachineInfo(String cpuModel, String vendor, int cpuFamily, int cpuModelNumber, List<String> simdFlags, int cores,
                          String jdk, String os, String ompNumThreads, Dl4jThreads dl4jDefaultThreads, String blasVendor,
                          String coreKernels, long maxHeapBytes, double ghz, String ghzSource, int dpFlopsPerCyclePerCore, String flopsAssumption,
                          double peakGflopsPerCore, double peakGflopsAllCores, double loadAverageStart, double loadAverageEnd) {

    /** The same description with the final load average. */
    public MachineInfo withLoadAverageEnd(double load) {
        return new MachineInfo(cpuModel, vendor, cpuFamily, cpuModelNumber, simdFlags, cores, jdk, os, ompNumThreads, dl4jDefaultThreads,
                blasVendor, coreKernels, maxHeapBytes, ghz, ghzSource, dpFlopsPerCyclePerCore, flopsAssumption, peakGflopsPerCore, peakGflopsAllCores,
                loadAverageStart, load);
    }

    /** Reads /proc/cpuinfo (when there is one), the JVM's properties and ND4J's settings; estimates the clock if needed. */
    public static MachineInfo detect(double loadAverage) {
        String info;
        try {
            info = Files.readString(Path.of("/proc/cpuinfo"));
        } catch (IOException e) {
            info = "";
        }
        String model = field(info, "model name", "unknown");
        String vendor = field(info, "vendor_id", "unknown");
        int family = parseInt(field(info, "cpu family", "-1"));
        int modelNumber = parseInt(field(info, "model", "-1"));
        List<String> flags = List.of(field(info, "flags", "").split("\\s+")).stream()
                .filter(f -> List.of("sse2", "avx", "avx2", "fma", "avx512f").contains(f)).toList();
        double ghz;
        String source;
        String mhz = field(info, "cpu MHz", null);
        if (mhz != null) {
            ghz = Double.parseDouble(mhz) / 1000;
            source = "/proc/cpuinfo cpu MHz";
        } else {
            ghz = ClockEstimate.gigahertz(300_000_000L, 3);
            source = "estimated: dependent imul+add chain at " + ClockEstimate.CYCLES_PER_STEP + " cycles/step, thread CPU time (no cpu MHz in /proc/cpuinfo)";
        }
        int fpc = flopsPerCycle(vendor, family, flags);
        String assumption = flopsAssumption(vendor, family, flags);
        int cores = Runtime.getRuntime().availableProcessors();
        String omp = System.getenv("OMP_NUM_THREADS");
        Dl4jThreads threads = Dl4jThreads.current();
        String blas = String.valueOf(org.nd4j.linalg.factory.Nd4j.factory().blas().getBlasVendor());
        return new MachineInfo(model, vendor, family, modelNumber, flags, cores,
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                omp == null ? "unset" : omp, threads, blas, Simd.describe(), Runtime.getRuntime().maxMemory(), ghz, source, fpc, assumption,
                ghz * fpc, ghz * fpc * cores, loadAverage, Double.NaN);
    }

    /**
     * Double-precision flops per cycle per core: AMD family 0x19 (Zen 3/4) has two 256-bit FMA pipes (Zen 4
     * executes AVX-512 on them in two halves): 2 × 4 × 2 = 16; AMD family 0x1A (Zen 5) and Intel with AVX-512
     * have two 512-bit FMA units: 32 (some Intel parts have one: then 16); AVX2+FMA elsewhere: 2 × 4 × 2 = 16;
     * AVX without FMA: 8; otherwise SSE2 with a separate add and multiply: 4.
     */
    static int flopsPerCycle(String vendor, int family, List<String> flags) {
        boolean amd = vendor.contains("AMD");
        if (amd && family == 0x19) return 16;
        if (amd && family >= 0x1A && flags.contains("avx512f")) return 32;
        if (!amd && flags.contains("avx512f")) return 32;
        if (flags.contains("fma") && flags.contains("avx2")) return 16;
        if (flags.contains("avx")) return 8;
        return 4;
    }

    private static String flopsAssumption(String vendor, int family, List<String> flags) {
        boolean amd = vendor.contains("AMD");
        if (amd && family == 0x19) return "AMD Zen 3/4 (family 0x19): 2 FMA pipes x 256 bit (AVX-512 runs as two 256-bit halves) = 2 x 4 doubles x 2 flops";
        if (amd && family >= 0x1A && flags.contains("avx512f")) return "AMD Zen 5: 2 FMA units x 512 bit = 2 x 8 doubles x 2 flops";
        if (!amd && flags.contains("avx512f")) return "Intel AVX-512: 2 FMA units x 512 bit = 2 x 8 doubles x 2 flops (parts with one unit: half)";
        if (flags.contains("fma") && flags.contains("avx2")) return "AVX2+FMA: 2 FMA units x 256 bit = 2 x 4 doubles x 2 flops";
        if (flags.contains("avx")) return "AVX without FMA: one 256-bit add and one multiply per cycle";
        return "SSE2: one 128-bit add and one multiply per cycle";
    }

    private static String field(String cpuinfo, String key, String fallback) {
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(key)) return line.substring(colon + 1).trim();
        }
        return fallback;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim().toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
