package io.twinnet.core.nn;

import io.twinnet.core.init.Rng;
import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.math.Kernels;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.train.Optimiser;
import io.twinnet.core.train.Sgd;
import io.twinnet.core.train.TrainableNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A feed-forward network built from a {@link NetworkSpec}, trained by minibatch steps of the spec's updater
 * (plain SGD, {@link Sgd}, unless it names {@link io.twinnet.core.train.Adam}).
 *
 * <p>Parameters live in one flat vector ({@link #parameters()}, layout in {@link #layout()}): layer by
 * layer, for a dense or output layer W row-major [nIn][nOut] (element (i, j) at offset i·nOut + j)
 * followed by b; convolution and batch-norm blocks as {@link ParameterLayout} lists them. Image
 * activations are NCHW per example, and a dense layer after an image layer reads it flat in that order
 * (DL4J's {@code CnnToFeedForwardPreProcessor}). Batch-norm running statistics change only in {@link #fit}.
 * The gradient ({@link #gradient()}) has the same layout and is, after {@link #computeGradient} or
 * {@link #fit}, the <em>sum</em> over the minibatch of the per-example gradients of the loss, as DL4J's
 * {@code gradient()} after {@code computeGradientAndScore()}.
 *
 * <p>{@link #trainable()} shows the network through the {@link TrainableNetwork} interface it shares with
 * the DL4J bridge, which the core's {@code Trainer} drives.
 *
 * <p>Data: features and labels are flat row-major arrays, {@code batch × inputSize} and
 * {@code batch × outputSize}; only the first {@code batch} rows are read, so larger reusable buffers
 * are fine. All computation is in the spec's precision ({@link io.twinnet.core.spec.Precision}; in float32
 * every kept value and partial sum is rounded to float, see {@link Arithmetic}), single-threaded, in a
 * fixed order: the same spec, seed and data give bit-identical results in either precision. Working buffers are allocated on the first call
 * with a larger batch than before and reused afterwards; {@link #fit} and {@link #computeGradient}
 * allocate nothing after that. Not thread-safe: use one network per thread, or {@link #copy()}.
 */
public final class Network {
    private final NetworkSpec spec;
    private final ParameterLayout layout;
    private final double[] params;
    private final double[] grad;
    private final Layer[] layers;
    private final DenseLayer outputLayer;
    private final Loss loss;
    /** Activation sizes per example: sizes[0] = input, sizes[i + 1] = output of layer i. */
    private final int[] sizes;
    /** The update rule of {@link #fit}: the spec's updater (SGD or Adam, whose state it holds). */
    private Optimiser optimiser;
    /** The spec's precision: how every layer, loss and kernel rounds. */
    private final Arithmetic ar;
    private long iteration;

    /** acts[i + 1] = output of layer i; acts[0] is unused (the caller's features are read directly). */
    private double[][] acts;
    /** deltas[i] = ∂L/∂acts[i] for i ≥ 1 (the first layer's input gradient is never computed). */
    private double[][] deltas;
    private int capacity;
    /** In float32: the caller's features and labels rounded to float (DL4J casts its input to the network's type). */
    private double[] floatFeatures = new double[0];
    private double[] floatLabels = new double[0];

    private Network(NetworkSpec spec, double[] params) {
        this.spec = spec;
        this.layout = LayerFactory.layout(spec);
        if (params.length != layout.size()) {
            throw new IllegalArgumentException("parameters: expected " + layout.size() + " values for this spec, got " + params.length);
        }
        this.ar = LayerFactory.arithmetic(spec);
        this.optimiser = Optimiser.of(spec.updater(), ar, params.length);
        ar.round(params, 0, params.length);
        this.params = params;
        this.grad = new double[params.length];
        int n = spec.layers().size();
        this.layers = new Layer[n];
        for (int i = 0; i < n; i++) layers[i] = LayerFactory.create(spec, i, layout, params, grad);
        this.outputLayer = (DenseLayer) layers[n - 1];
        OutputLayerSpec out = spec.outputLayer();
        this.loss = Loss.of(out.loss(), out.activation().kind(), ar);
        this.sizes = new int[n + 1];
        for (int i = 0; i <= n; i++) sizes[i] = spec.inputShapeOf(i).size();
        this.acts = new double[n + 1][];
        this.deltas = new double[n + 1][];
    }

    /**
     * A network with parameters drawn by the core's initialisers: layer i's weights from
     * {@code Rng(Rng.layerSeed(spec.seed(), i))} in row-major order, its biases set to biasInit.
     *
     */
    public static Network initialise(NetworkSpec spec) {
        Network net = new Network(spec, new double[LayerFactory.layout(spec).size()]);
        for (Layer layer : net.layers) layer.initialise(Rng.layerSeed(spec.seed(), layer.index()));
        net.ar.round(net.params, 0, net.params.length); // a float32 network keeps the draws rounded to float
        return net;
    }

    /** A network with the given parameters (copied; rounded to float for a float32 spec) in the core's layout. */
    public static Network withParameters(NetworkSpec spec, double[] parameters) {
        return new Network(spec, parameters.clone());
    }

    public NetworkSpec spec() {
        return spec;
    }

    public ParameterLayout layout() {
        return layout;
    }

    /** The live flat parameter vector: writes change the network (nothing else happens on this call). */
    public double[] parameters() {
        return params;
    }

    /** Replaces every parameter by {@code parameters} (core layout; copied, and rounded to float for a float32 spec). */
    public void setParameters(double[] parameters) {
        if (parameters.length != params.length) {
            throw new IllegalArgumentException("parameters: expected " + params.length + " values, got " + parameters.length);
        }
        System.arraycopy(parameters, 0, params, 0, params.length);
        ar.round(params, 0, params.length);
    }

    /**
     * A copy of the gradient of the last {@link #computeGradient} or {@link #fit} (sum over its minibatch),
     * same layout as the parameters. Pure from the caller's view: after {@link #fit} with one example the
     * dense layers applied their weight gradients without storing them, and this call first completes the
     * internal gradient array from the kept x and δ (the same products), which changes no result.
     */
    public double[] gradient() {
        for (Layer layer : layers) {
            if (layer instanceof DenseLayer dense) dense.writeDeferredGradient();
        }
        return grad.clone();
    }

    /** This network as a {@link TrainableNetwork} (a view: it trains and reads this network). */
    public TrainableNetwork trainable() {
        return new TrainableView(this);
    }

    /** The number of SGD steps taken so far (the t of the learning-rate schedule for the next step). */
    public long iteration() {
        return iteration;
    }

    /** The layers, in order (read-only list; the layers themselves are live). */
    public List<Layer> layers() {
        return Collections.unmodifiableList(Arrays.asList(layers));
    }

    public int inputSize() {
        return sizes[0];
    }

    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    /** Inference forward pass; returns a new {@code batch × outputSize} array. */
    public double[] output(double[] features, int batch) {
        forward(features, batch, false);
        return Arrays.copyOf(acts[layers.length], batch * outputSize());
    }

    /**
     * The mean over the batch of the per-example loss (DL4J's {@code score(DataSet)}), computed with an
     * inference forward pass.
     */
    public double score(double[] features, double[] labels, int batch) {
        return score(features, labels, batch, false);
    }

    /** The score with a training or inference forward pass (they differ only for batch normalisation). */
    public double score(double[] features, double[] labels, int batch, boolean training) {
        checkLabels(labels, batch);
        forward(features, batch, training);
        return ar.round(loss.sum(acts[layers.length], labels(labels, batch), batch, outputSize()) / batch);
    }

    /** The loss of each example, in a new array of length {@code batch} (inference forward pass). */
    public double[] exampleLosses(double[] features, double[] labels, int batch) {
        checkLabels(labels, batch);
        forward(features, batch, false);
        double[] t = labels(labels, batch);
        double[] out = new double[batch];
        for (int b = 0; b < batch; b++) out[b] = loss.exampleLoss(acts[layers.length], t, b, outputSize());
        return out;
    }

    /**
     * Training forward pass and backward pass: makes {@link #gradient()} the sum over the batch of
     * the per-example gradients and returns the score (mean loss).
     */
    public double computeGradient(double[] features, double[] labels, int batch) {
        return backpropagate(features, labels, batch, false);
    }

    /** {@link #computeGradient}, letting dense layers defer their weight gradients to the SGD step when {@code deferDense}. */
    private double backpropagate(double[] features, double[] labels, int batch, boolean deferDense) {
        for (Layer layer : layers) {
            if (layer instanceof DenseLayer dense) dense.deferNextWeightGradient(deferDense);
        }
        checkLabels(labels, batch);
        forward(features, batch, true);
        features = features(features, batch);
        double[] t = labels(labels, batch);
        int last = layers.length;
        double score = ar.round(loss.sum(acts[last], t, batch, outputSize()) / batch);
        loss.preActivationGradient(acts[last], t, outputLayer.activation(), deltas[last], batch, outputSize());
        outputLayer.backwardFromPreActivation(input(features, last - 1), deltas[last], last - 1 == 0 ? null : deltas[last - 1], batch);
        for (int i = last - 2; i >= 0; i--) {
            layers[i].backward(input(features, i), acts[i + 1], deltas[i + 1], i == 0 ? null : deltas[i], batch);
        }
        return score;
    }

    /**
     * One training step, as DL4J's {@code fit} with {@code miniBatch(true)}; for the {@code Sgd} updater
     * θ ← θ − lr(t)·(g/N) with g the gradient sum over the N examples and t = {@link #iteration()}
     * (the formula is {@link Sgd}'s; Adam's is in its class); then t increases by one. Returns the score before the update.
     * Afterwards {@link #gradient()} is g (DL4J's holds the applied update instead).
     */
    public double fit(double[] features, double[] labels, int batch) {
        // with one example, dense layers hand the optimiser x and δ instead of x·δᵀ (bit-identical)
        double score = backpropagate(features, labels, batch, batch == 1 && optimiser.takesRankOne());
        double lr = ar.round(spec.learningRate().valueAt(iteration));
        optimiser.beginStep(iteration);
        for (Layer layer : layers) layer.update(optimiser, params, grad, lr, batch);
        iteration++;
        return score;
    }

    /**
     * DL4J's {@code feedForward(x, train)}: copies of [input, output of layer 0, ..., network output],
     * each {@code batch × size} row-major.
     */
    public double[][] activations(double[] features, int batch, boolean training) {
        forward(features, batch, training);
        double[][] out = new double[layers.length + 1][];
        out[0] = Arrays.copyOf(features(features, batch), batch * sizes[0]);
        for (int i = 1; i <= layers.length; i++) out[i] = Arrays.copyOf(acts[i], batch * sizes[i]);
        return out;
    }

    /** True when every parameter is finite (no NaN, no ±∞); scans the parameters. */
    public boolean parametersFinite() {
        return Kernels.allFinite(params, 0, params.length);
    }

    /** A deep copy: parameters, gradient, iteration counter and optimiser state (working buffers are not shared). */
    public Network copy() {
        Network c = new Network(spec, params.clone());
        System.arraycopy(gradient(), 0, c.grad, 0, grad.length);
        c.iteration = iteration;
        c.optimiser = optimiser.copy();
        return c;
    }

    private double[] input(double[] features, int layer) {
        return layer == 0 ? features : acts[layer];
    }

    private void forward(double[] features, int batch, boolean training) {
        if (batch <= 0) throw new IllegalArgumentException("batch: must be positive, got " + batch);
        if (features.length < (long) batch * sizes[0]) {
            throw new IllegalArgumentException("features: expected " + batch + " x " + sizes[0] + " values, got " + features.length);
        }
        ensureCapacity(batch);
        double[] in = features(features, batch);
        for (int i = 0; i < layers.length; i++) {
            layers[i].forward(in, acts[i + 1], batch, training);
            in = acts[i + 1];
        }
    }

    /** The features as the network computes with them: the caller's array in double, a copy rounded to float in float32. */
    private double[] features(double[] features, int batch) {
        if (ar == Arithmetic.DOUBLE || features == floatFeatures) return features;
        int n = batch * sizes[0];
        if (floatFeatures.length < n) floatFeatures = new double[n];
        System.arraycopy(features, 0, floatFeatures, 0, n);
        ar.round(floatFeatures, 0, n);
        return floatFeatures;
    }

    /** The labels as the loss reads them, rounded to float in float32 (as {@link #features}). */
    private double[] labels(double[] labels, int batch) {
        if (ar == Arithmetic.DOUBLE) return labels;
        int n = batch * outputSize();
        if (floatLabels.length < n) floatLabels = new double[n];
        for (int k = 0; k < n; k++) floatLabels[k] = ar.round(labels[k]);
        return floatLabels;
    }

    private void checkLabels(double[] labels, int batch) {
        if (labels.length < (long) batch * outputSize()) {
            throw new IllegalArgumentException("labels: expected " + batch + " x " + outputSize() + " values, got " + labels.length);
        }
    }

    private void ensureCapacity(int batch) {
        if (batch <= capacity) return;
        for (int i = 1; i < sizes.length; i++) {
            acts[i] = new double[batch * sizes[i]];
            deltas[i] = new double[batch * sizes[i]];
        }
        for (Layer layer : layers) layer.ensureCapacity(batch);
        capacity = batch;
    }

    @Override
    public String toString() {
        return "Network[" + spec.name() + ", " + layout.size() + " parameters, iteration " + iteration + "]";
    }
}
