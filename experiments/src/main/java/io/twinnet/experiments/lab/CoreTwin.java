package io.twinnet.experiments.lab;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.NetworkSpec;

/** The core's {@link Network} as a {@link TwinNetwork}. */
public final class CoreTwin implements TwinNetwork {
    private final Network network;

    public CoreTwin(Network network) {
        this.network = network;
    }

    /** A core network initialised by the core's own initialisers from the spec's seed. */
    public static CoreTwin initialise(NetworkSpec spec) {
        return new CoreTwin(Network.initialise(spec));
    }

    /** A core network with the given parameters (core layout). */
    public static CoreTwin withParameters(NetworkSpec spec, double[] parameters) {
        return new CoreTwin(Network.withParameters(spec, parameters));
    }

    public Network network() {
        return network;
    }

    @Override
    public Implementation implementation() {
        return Implementation.CORE;
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
        return network.gradient().clone();
    }

    @Override
    public double[] parameters() {
        return network.parameters().clone();
    }

    @Override
    public void setParameters(double[] parameters) {
        double[] live = network.parameters();
        if (parameters.length != live.length) {
            throw new IllegalArgumentException("parameters: expected " + live.length + " values, got " + parameters.length);
        }
        System.arraycopy(parameters, 0, live, 0, live.length);
    }

    @Override
    public double[][] activations(double[] features, int batch) {
        return network.activations(features, batch, false);
    }
}
