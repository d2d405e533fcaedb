package io.twinnet.experiments.app.bench;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.Precision;
import org.nd4j.linalg.api.buffer.DataType;

/** Builds the {@link Workload} of a {@link BenchSide} for a case and its example pool. */
public final class Workloads {
    private Workloads() {
    }

    /** The workload of {@code side} on {@code pool} for {@code benchCase}; every call builds a fresh network. */
    public static Workload create(BenchSide side, BenchCase benchCase, Dataset pool) {
        int n = benchCase.minibatch();
        DataType type = "float".equals(side.precision()) ? DataType.FLOAT : DataType.DOUBLE;
        Dl4jThreads threads = side.threads() > 0 ? Dl4jThreads.all(side.threads()) : null;
        return switch (side.feed()) {
            case CORE_ARRAYS -> new CoreWorkload(benchCase.spec().withPrecision(precision(type)), pool, n);
            case DL4J_DATASET -> new Dl4jDataSetWorkload(benchCase.spec(), pool, n, type, threads);
            case DL4J_ITERATOR -> new Dl4jIteratorWorkload(benchCase.spec(), pool, n, type);
        };
    }

    static Precision precision(DataType type) {
        return type == DataType.FLOAT ? Precision.FLOAT : Precision.DOUBLE;
    }
}
