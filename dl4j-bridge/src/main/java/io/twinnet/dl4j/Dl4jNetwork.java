package io.twinnet.dl4j;

import io.twinnet.core.spec.NetworkSpec;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.util.List;

/**
 * A DL4J {@link MultiLayerNetwork} built from a {@link NetworkSpec}, driven through the same flat-array
 * interface as the core's {@code io.twinnet.core.nn.Network}: features and labels are row-major
 * {@code double[]} of {@code batch} rows, parameters and gradients are in the core's layout (see
 * {@link Dl4jParameterLayout}). Values are converted to the network's data type on the way in and back to
 * double on the way out. Not thread-safe (neither is a {@code MultiLayerNetwork}).
 */
public final class Dl4jNetwork {
    private final NetworkSpec spec;
    private final MultiLayerNetwork net;
    private final ParameterTransfer transfer;
    private final DataType dataType;
    private final int inputSize;
    private final int outputSize;
    /** After {@link #fit}: DL4J's gradient() holds the applied update lr·g/N; these turn it back into g. */
    private boolean gradientHoldsUpdate;
    private double lastLearningRate;
    private int lastBatch;

    private Dl4jNetwork(NetworkSpec spec, MultiLayerNetwork net) {
        this.spec = spec;
        this.net = net;
        this.transfer = ParameterTransfer.forSpec(spec);
        this.dataType = Dl4jNetworks.dataType(spec.precision());
        this.inputSize = spec.input().size();
        this.outputSize = spec.outputLayer().nOut();
        if (net.numParams() != spec.parameterCount()) {
            throw new IllegalArgumentException("network has " + net.numParams() + " parameters, spec has " + spec.parameterCount());
        }
    }

    /** Builds the DL4J network of {@code spec} with DL4J's own initial parameters. */
    public static Dl4jNetwork build(NetworkSpec spec) {
        return new Dl4jNetwork(spec, Dl4jNetworks.build(spec));
    }

    /** Builds the DL4J network of {@code spec} and loads {@code parameters} (core layout) into it. */
    public static Dl4jNetwork withParameters(NetworkSpec spec, double[] parameters) {
        Dl4jNetwork n = build(spec);
        n.setParameters(parameters);
        return n;
    }

    /** Wraps an existing network that was built from {@code spec} (for example by {@link Dl4jNetworks#build}). */
    public static Dl4jNetwork wrap(NetworkSpec spec, MultiLayerNetwork net) {
        return new Dl4jNetwork(spec, net);
    }

    public NetworkSpec spec() {
        return spec;
    }

    /** The underlying DL4J network (live). */
    public MultiLayerNetwork network() {
        return net;
    }

    public ParameterTransfer transfer() {
        return transfer;
    }

    /** A copy of the parameters, core layout. */
    public double[] parameters() {
        return transfer.read(net);
    }

    /** Replaces every parameter (core layout; copied). */
    public void setParameters(double[] parameters) {
        transfer.load(net, parameters);
    }

    /** The network's output for {@code batch} examples (inference mode), row-major batch × nOut. */
    public double[] output(double[] features, int batch) {
        return Nd4jArrays.toDoubles(net.output(features(features, batch), false));
    }

    /** The mean per-example loss over the batch, in inference mode (DL4J {@code score(DataSet, false)}). */
    public double score(double[] features, double[] labels, int batch) {
        return net.score(new DataSet(features(features, batch), labels(labels, batch)), false);
    }

    /**
     * Computes the score and the gradient for one minibatch without changing the parameters
     * (DL4J {@code computeGradientAndScore()}); the gradient is then available from {@link #gradient()}.
     *
     * @return the mean per-example loss
     */
    public double computeGradient(double[] features, double[] labels, int batch) {
        net.setInput(features(features, batch));
        net.setLabels(labels(labels, batch));
        net.computeGradientAndScore();
        gradientHoldsUpdate = false;
        return net.score();
    }

    /**
     * A copy of the gradient of the last {@link #computeGradient} or {@link #fit} call, core layout: the sum over
     * the minibatch of the per-example gradients (as the core's {@code gradient()}). After {@code computeGradient}
     * it is DL4J's {@code gradient()} itself; after {@code fit}, DL4J holds the applied update lr(t)·g/N there
     * instead, and g is recovered as update·N/lr(t) (exact to a few units in the last place).
     */
    public double[] gradient() {
        double[] g = transfer.readGradient(net);
        if (gradientHoldsUpdate) {
            for (int i = 0; i < g.length; i++) g[i] = g[i] * lastBatch / lastLearningRate;
        }
        return g;
    }

    /**
     * One SGD step on one minibatch (DL4J {@code fit(features, labels)}): θ ← θ − lr(t)·gradSum/N.
     *
     * @return the score before the update
     */
    public double fit(double[] features, double[] labels, int batch) {
        double lr = spec.learningRate().valueAt(net.getIterationCount());
        net.fit(features(features, batch), labels(labels, batch));
        gradientHoldsUpdate = true;
        lastLearningRate = lr;
        lastBatch = batch;
        return net.score();
    }

    /** Number of SGD steps taken (DL4J's iteration count). */
    public long iteration() {
        return net.getIterationCount();
    }

    /**
     * Every layer's activations for {@code batch} examples (DL4J {@code feedForward(x, training)}):
     * [input, layer 0, …, output], each row-major batch × width.
     */
    public double[][] activations(double[] features, int batch, boolean training) {
        List<INDArray> list = net.feedForward(features(features, batch), training);
        double[][] out = new double[list.size()][];
        for (int i = 0; i < out.length; i++) out[i] = Nd4jArrays.toDoubles(list.get(i));
        return out;
    }

    private INDArray features(double[] values, int batch) {
        return rows(values, batch, inputSize, "features");
    }

    private INDArray labels(double[] values, int batch) {
        return rows(values, batch, outputSize, "labels");
    }

    private INDArray rows(double[] values, int batch, int width, String what) {
        if (batch <= 0) throw new IllegalArgumentException("batch: must be positive, got " + batch);
        if (values.length != (long) batch * width) {
            throw new IllegalArgumentException(what + ": expected " + batch + " x " + width + " values, got " + values.length);
        }
        return Nd4jArrays.of(values, new long[] {batch, width}, dataType);
    }
}
