package io.twinnet.experiments.lab;

import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.train.TrainableNetwork;

/**
 * One implementation's network, tagged with which implementation it is, so every trial is
 * written once and run identically on the core and on DL4J. Everything else is the shared
 * {@link TrainableNetwork} contract (core's {@code Network.trainable()}, the bridge's
 * {@code Dl4jNetwork}): row-major {@code batch × size} arrays, parameter and gradient vectors in
 * the core's layout, copies rather than live views.
 */
public final class TwinNetwork implements TrainableNetwork {
    private final Implementation implementation;
    private final TrainableNetwork network;

    public TwinNetwork(Implementation implementation, TrainableNetwork network) {
        if (implementation == null) throw new IllegalArgumentException("implementation: is missing");
        if (network == null) throw new IllegalArgumentException("network: is missing");
        this.implementation = implementation;
        this.network = network;
    }

    public Implementation implementation() {
        return implementation;
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
        return network.parameters();
    }

    @Override
    public void setParameters(double[] parameters) {
        network.setParameters(parameters);
    }

    @Override
    public double[][] activations(double[] features, int batch) {
        return network.activations(features, batch);
    }

    @Override
    public String toString() {
        return implementation.label() + " " + network;
    }
}
