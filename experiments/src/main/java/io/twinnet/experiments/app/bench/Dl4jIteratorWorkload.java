package io.twinnet.experiments.app.bench;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.experiments.data.Dl4jBatches;
import io.twinnet.dl4j.Dl4jNetworks;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

/**
 * DL4J fed the usual user's way: a {@code ListDataSetIterator} with batch size N over single-example
 * {@link DataSet}s, and {@code net.fit(iterator)} for one pass; the iterator merges N examples into
 * each minibatch as it goes (and DL4J may prefetch on a helper thread), so that cost is counted.
 */
public final class Dl4jIteratorWorkload implements Workload {
    private final MultiLayerNetwork net;
    private final List<DataSet> examples = new ArrayList<>();
    private final int batch;
    private ListDataSetIterator<DataSet> iterator;
    private int next;

    public Dl4jIteratorWorkload(NetworkSpec spec, Dataset pool, int batch, DataType type) {
        this.net = Dl4jNetworks.build(spec.withPrecision(Workloads.precision(type)));
        this.batch = batch;
        for (int e = 0; e < pool.size(); e++) examples.add(Dl4jBatches.rows(pool, new int[]{e}, type));
    }

    /** Builds an iterator over the next {@code steps × N} examples of the pool (references, cycled). */
    @Override
    public void prepare(int steps) {
        List<DataSet> pass = new ArrayList<>(steps * batch);
        for (int k = 0; k < steps * batch; k++) {
            pass.add(examples.get(next));
            next = next + 1 == examples.size() ? 0 : next + 1;
        }
        iterator = new ListDataSetIterator<>(pass, batch);
    }

    @Override
    public void run() {
        net.fit(iterator);
    }

    @Override
    public double lastScore() {
        return net.score();
    }
}
