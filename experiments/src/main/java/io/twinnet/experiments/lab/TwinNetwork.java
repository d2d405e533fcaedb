package io.twinnet.experiments.lab;

import io.twinnet.core.spec.NetworkSpec;

/**
 * One implementation's network behind one interface, so that every experiment's protocol is
 * written once and run identically on the core and on DL4J. Arrays are row-major
 * {@code batch × size}; parameter and gradient vectors are always in the core's layout (the DL4J
 * side converts with the bridge's transfer), so the two sides' numbers are directly comparable.
 */
public interface TwinNetwork {

    Implementation implementation();

    NetworkSpec spec();

    /** One SGD step on the minibatch; returns the minibatch score before the update. */
    double fit(double[] features, double[] labels, int batch);

    /** Inference-mode outputs, {@code batch × nOut}. */
    double[] output(double[] features, int batch);

    /** The mean per-example loss of the minibatch, in inference mode, without changing anything. */
    double score(double[] features, double[] labels, int batch);

    /** Computes the gradient (summed over the minibatch) and returns the score. */
    double computeGradient(double[] features, double[] labels, int batch);

    /** A copy of the gradient of the last {@link #computeGradient} call, core layout. */
    double[] gradient();

    /** A copy of the parameters, core layout. */
    double[] parameters();

    /** Replaces the parameters (core layout). */
    void setParameters(double[] parameters);

    /** Inference-mode activations {@code [input, layer 0, ..., output]}, each {@code batch × size}. */
    double[][] activations(double[] features, int batch);
}
