package io.twinnet.experiments.app.bench;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's native thread counts: the OpenMP threads of its own ops ({@code Environment.maxThreads}),
 * the "master" threads ({@code Environment.maxMasterThreads}) and OpenBLAS's threads
 * ({@code Blas.getMaxThreads}). All three follow {@code OMP_NUM_THREADS} at start-up (checked on
 * ND4J 1.0.0-M2.1: 2/2/2 on 2 cores without it, 1/1/1 with {@code OMP_NUM_THREADS=1}), and all three
 * can be changed at run time.
 *
 * @param maxThreads       {@code Nd4j.getEnvironment().maxThreads()}
 * @param maxMasterThreads {@code Nd4j.getEnvironment().maxMasterThreads()}
 * @param blasThreads      {@code Nd4j.factory().blas().getMaxThreads()}
 */
public record Dl4jThreads(int maxThreads, int maxMasterThreads, int blasThreads) {

    /** The current settings. */
    public static Dl4jThreads current() {
        return new Dl4jThreads(Nd4j.getEnvironment().maxThreads(), Nd4j.getEnvironment().maxMasterThreads(),
                Nd4j.factory().blas().getMaxThreads());
    }

    /** All three set to {@code n}. */
    public static Dl4jThreads all(int n) {
        return new Dl4jThreads(n, n, n);
    }

    /** Makes these the current settings. */
    public void apply() {
        Nd4j.getEnvironment().setMaxThreads(maxThreads);
        Nd4j.getEnvironment().setMaxMasterThreads(maxMasterThreads);
        Nd4j.factory().blas().setMaxThreads(blasThreads);
    }
}
