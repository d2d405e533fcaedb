package io.twinnet.experiments.app.bench;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.NetworkSpec;

/**
 * The core, fed the way it is fastest: the pool cut once into flat row-major minibatch arrays, then
 * {@code Network.fit(features, labels, batch)} on them in turn (one SGD step each).
 */
public final class CoreWorkload implements Workload {
    private final Network net;
    private final int batch;
    private final double[][] features;
    private final double[][] labels;
    private int next;
    private int steps;
    private double lastScore = Double.NaN;

    public CoreWorkload(NetworkSpec spec, Dataset pool, int batch) {
        this.net = Network.initialise(spec);
        this.batch = batch;
        int batches = Math.max(1, pool.size() / batch);
        this.features = new double[batches][batch * pool.featureCount()];
        this.labels = new double[batches][batch * pool.labelCount()];
        int[] rows = new int[batch];
        for (int b = 0; b < batches; b++) {
            for (int r = 0; r < batch; r++) rows[r] = (b * batch + r) % pool.size();
            pool.gatherFeatures(rows, 0, batch, features[b]);
            pool.gatherLabels(rows, 0, batch, labels[b]);
        }
    }

    @Override
    public void prepare(int steps) {
        this.steps = steps;
    }

    @Override
    public void run() {
        double s = Double.NaN;
        for (int k = 0; k < steps; k++) {
            s = net.fit(features[next], labels[next], batch);
            next = next + 1 == features.length ? 0 : next + 1;
        }
        lastScore = s;
    }

    @Override
    public double lastScore() {
        return lastScore;
    }
}
