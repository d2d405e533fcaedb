package io.twinnet.experiments.app.bench;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.experiments.data.Dl4jBatches;
import io.twinnet.dl4j.Dl4jNetworks;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

/**
 * DL4J fed its fastest way: the pool cut once into prebuilt {@link DataSet} minibatches (INDArrays of
 * the network's data type), then {@code net.fit(DataSet)} on them in turn (one SGD step each).
 */
public final class Dl4jDataSetWorkload implements Workload {
    private final MultiLayerNetwork net;
    private final List<DataSet> batches = new ArrayList<>();
    private final Dl4jThreads threads;
    private int next;
    private int steps;

    /** {@code threads} null: DL4J's settings as they are; else applied around every run. */
    public Dl4jDataSetWorkload(NetworkSpec spec, Dataset pool, int batch, DataType type, Dl4jThreads threads) {
        this.net = Dl4jNetworks.build(spec.withPrecision(Workloads.precision(type)));
        this.threads = threads;
        int count = Math.max(1, pool.size() / batch);
        int[] rows = new int[batch];
        for (int b = 0; b < count; b++) {
            for (int r = 0; r < batch; r++) rows[r] = (b * batch + r) % pool.size();
            batches.add(Dl4jBatches.rows(pool, rows, type));
        }
    }

    @Override
    public void prepare(int steps) {
        this.steps = steps;
    }

    @Override
    public void run() {
        Dl4jThreads saved = threads == null ? null : Dl4jThreads.current();
        if (threads != null) threads.apply();
        try {
            for (int k = 0; k < steps; k++) {
                net.fit(batches.get(next));
                next = next + 1 == batches.size() ? 0 : next + 1;
            }
        } finally {
            if (saved != null) saved.apply();
        }
    }

    @Override
    public double lastScore() {
        return net.score();
    }
}
