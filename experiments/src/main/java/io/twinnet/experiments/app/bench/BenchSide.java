package io.twinnet.experiments.app.bench;

/**
 * One contender in the benchmark: which implementation trains, in which precision, fed how, with
 * how many native threads. The core computes on the calling thread, in double ({@link #CORE}) or in
 * float32 ({@link #CORE_FLOAT}), and is fed
 * preassembled minibatch arrays ({@code Network.fit}); DL4J is fed either prebuilt {@code DataSet}
 * minibatches ({@code net.fit(DataSet)}, its fastest path) or a {@code ListDataSetIterator} over
 * single-example DataSets ({@code net.fit(iterator)}, the usual user path, which merges examples
 * into minibatches as it goes).
 */
public enum BenchSide {
    CORE("core", Feed.CORE_ARRAYS, "double", 0),
    /** The float32 core ({@code precision: float}); DL4J float rows are compared with it. */
    CORE_FLOAT("core-float", Feed.CORE_ARRAYS, "float", 0),
    DL4J_DOUBLE_DATASET("dl4j-double-dataset", Feed.DL4J_DATASET, "double", 0),
    DL4J_DOUBLE_ITERATOR("dl4j-double-iterator", Feed.DL4J_ITERATOR, "double", 0),
    DL4J_FLOAT_DATASET("dl4j-float-dataset", Feed.DL4J_DATASET, "float", 0),
    DL4J_FLOAT_ITERATOR("dl4j-float-iterator", Feed.DL4J_ITERATOR, "float", 0),
    /** DL4J with its OpenMP and BLAS thread counts set to 1 at run time. */
    DL4J_DOUBLE_DATASET_1T("dl4j-double-dataset-1thread", Feed.DL4J_DATASET, "double", 1),
    DL4J_FLOAT_DATASET_1T("dl4j-float-dataset-1thread", Feed.DL4J_DATASET, "float", 1);

    /** How the examples reach the network. */
    public enum Feed { CORE_ARRAYS, DL4J_DATASET, DL4J_ITERATOR }

    private final String id;
    private final Feed feed;
    private final String precision;
    private final int threads;

    BenchSide(String id, Feed feed, String precision, int threads) {
        this.id = id;
        this.feed = feed;
        this.precision = precision;
        this.threads = threads;
    }

    /** The name used in tables and JSON. */
    public String id() {
        return id;
    }

    public Feed feed() {
        return feed;
    }

    /** "double" or "float". */
    public String precision() {
        return precision;
    }

    /** DL4J's native thread count for this side: 0 for DL4J's default, else the forced count. */
    public int threads() {
        return threads;
    }

    public boolean isCore() {
        return feed == Feed.CORE_ARRAYS;
    }

    /** The core side a row of this side is compared with: the core computing in the same precision. */
    public BenchSide coreOfSamePrecision() {
        return "float".equals(precision) ? CORE_FLOAT : CORE;
    }
}
