package io.twinnet.core.train;

import io.twinnet.core.spec.NetworkSpec;

/**
 * A network that the {@link Trainer} can train and an experiment can read, whichever implementation is
 * behind it: the core's ({@code Network.trainable()}) or DL4J's ({@code io.twinnet.dl4j.Dl4jNetwork}).
 * Features and labels are flat row-major arrays of {@code batch × inputSize} and {@code batch × outputSize}
 * values; only the first {@code batch} rows are read, so longer reusable buffers are fine. Parameter and
 * gradient vectors are always in the core's layout ({@code ParameterLayout}), so both sides' numbers can be
 * compared index by index. Every array returned is a copy the caller owns. Not thread-safe.
 */
public interface TrainableNetwork {

    /** The spec this network was built from. */
    NetworkSpec spec();

    /** One step of the spec's updater on the minibatch (SGD: θ ← θ − lr(t)·(g/N), see {@link Sgd}; or {@link Adam}); returns the minibatch's score before the update. */
    double fit(double[] features, double[] labels, int batch);

    /** Inference-mode outputs, {@code batch × outputSize}. */
    double[] output(double[] features, int batch);

    /** The mean per-example loss of the minibatch (DL4J's {@code score(DataSet, false)}), in inference mode; changes nothing. */
    double score(double[] features, double[] labels, int batch);

    /**
     * A training forward pass and a backward pass without changing the parameters (DL4J's
     * {@code computeGradientAndScore()}); returns the score, and {@link #gradient()} then holds the gradient.
     */
    double computeGradient(double[] features, double[] labels, int batch);

    /**
     * The gradient of the last {@link #computeGradient}: the sum over its minibatch of the per-example gradients
     * of the loss, core layout. After {@link #fit} it is what the implementation keeps there (the core: the
     * step's g; DL4J: the applied update lr·g/N), so read it after {@code computeGradient} only.
     */
    double[] gradient();

    /** The parameters, core layout. */
    double[] parameters();

    /** Replaces every parameter (core layout; copied). */
    void setParameters(double[] parameters);

    /** Inference-mode activations {@code [input, output of layer 0, ..., network output]}, each {@code batch × size}. */
    double[][] activations(double[] features, int batch);
}
