package io.twinnet.core.nn;

import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.train.TrainableNetwork;

/**
 * A core {@link Network} seen through {@link TrainableNetwork} ({@link Network#trainable()}): every call goes
 * to the network; parameters are copied out and in, where the network itself hands out its live vector.
 */
final class TrainableView implements TrainableNetwork {
    private final Network network;

    TrainableView(Network network) {
        this.network = network;
    }

    @Override
    public NetworkSpec spec() {
        return network.spec();
    }

    @Override
    public double fit(double[] features, double[] labels, int batch) {
        return network.fit(features, labels, batch);
    }

    @Override
    public double[] output(double[] features, int batch) {
        return network.output(features, batch);
    }

    @Override
    public double score(double[] features, double[] labels, int batch) {
        return network.score(features, labels, batch);
    }

    @Override
    public double computeGradient(double[] features, double[] labels, int batch) {
        return network.computeGradient(features, labels, batch);
    }

    @Override
    public double[] gradient() {
        return network.gradient();
    }

    @Override
    public double[] parameters() {
        return network.parameters().clone();
    }

    @Override
    public void setParameters(double[] parameters) {
        network.setParameters(parameters);
    }

    @Override
    public double[][] activations(double[] features, int batch) {
        return network.activations(features, batch, false);
    }

    @Override
    public String toString() {
        return network.toString();
    }
}
