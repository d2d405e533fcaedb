package io.twinnet.dl4j;

import io.twinnet.core.nn.Network;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.train.TrainableNetwork;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.util.List;

/**
 * A DL4J {@link MultiLayerNetwork} built from a {@link NetworkSpec}, as a {@link TrainableNetwork}, the
 * interface the core's network shares: features and labels are row-major {@code double[]} of which the first
 * {@code batch} rows are read, parameters and gradients are in the core's layout (see
 * {@link Dl4jParameterLayout}). Values are converted to the network's data type on the way in and back to
 * double on the way out. Not thread-safe (neither is a {@code MultiLayerNetwork}).
 *
 * <p>{@link #gradient()} is DL4J's {@code gradient()} moved to the core's layout and nothing more: after
 * {@link #computeGradient} the gradient sum, after {@link #fit} whatever DL4J keeps there (the applied
 * update lr·g/N). The bridge once turned the latter back into g (update·N/lr, a few ulps off); that made a
 * getter compute from hidden state, and no caller needs it, so the lab's semantics won.
 */
public final class Dl4jNetwork implements TrainableNetwork {
    private final NetworkSpec spec;
    private final MultiLayerNetwork net;
    private final ParameterTransfer transfer;
    private final DataType dataType;
    private final int inputSize;
    private final int outputSize;

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

    /**
     * Builds the DL4J network of {@code spec} with DL4J's own initial parameters.
     *
     * @throws UnsupportedOperationException when a layer's init is one DL4J does not draw (see {@link #initialise})
     */
    public static Dl4jNetwork build(NetworkSpec spec) {
        return new Dl4jNetwork(spec, Dl4jNetworks.build(spec));
    }

    /**
     * The DL4J network of {@code spec} as the lab initialises it: DL4J's own draw ({@link #build}) when DL4J has every
     * layer's scheme, else the core's draw of the same spec and seed loaded into it (shared parameters: the two sides
     * then start identical, so their verdicts are not independent samples).
     */
    public static Dl4jNetwork initialise(NetworkSpec spec) {
        return Dl4jWeightInits.translates(spec) ? build(spec) : withParameters(spec, Network.initialise(spec).parameters());
    }

    /**
     * Builds the DL4J network of {@code spec} and loads {@code parameters} (core layout) into it; a layer whose init
     * DL4J does not draw is configured with zeros first, which the parameters then replace.
     */
    public static Dl4jNetwork withParameters(NetworkSpec spec, double[] parameters) {
        Dl4jNetwork n = new Dl4jNetwork(spec, Dl4jNetworks.build(Dl4jWeightInits.withPlaceholders(spec)));
        n.setParameters(parameters);
        return n;
    }

    /** Wraps an existing network that was built from {@code spec} (for example by {@link Dl4jNetworks#build}). */
    public static Dl4jNetwork wrap(NetworkSpec spec, MultiLayerNetwork net) {
        return new Dl4jNetwork(spec, net);
    }

    @Override
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
    @Override
    public double[] parameters() {
        return transfer.read(net);
    }

    /** Replaces every parameter (core layout; copied). */
    @Override
    public void setParameters(double[] parameters) {
        transfer.load(net, parameters);
    }

    /** The network's output for {@code batch} examples (inference mode), row-major batch × nOut. */
    @Override
    public double[] output(double[] features, int batch) {
        return Nd4jArrays.toDoubles(net.output(features(features, batch), false));
    }

    /** The mean per-example loss over the batch, in inference mode (DL4J {@code score(DataSet, false)}). */
    @Override
    public double score(double[] features, double[] labels, int batch) {
        return net.score(new DataSet(features(features, batch), labels(labels, batch)), false);
    }

    /**
     * Computes the score and the gradient for one minibatch without changing the parameters
     * (DL4J {@code computeGradientAndScore()}); the gradient is then available from {@link #gradient()}.
     *
     * @return the mean per-example loss
     */
    @Override
    public double computeGradient(double[] features, double[] labels, int batch) {
        net.setInput(features(features, batch));
        net.setLabels(labels(labels, batch));
        net.computeGradientAndScore();
        return net.score();
    }

    /**
     * A copy of DL4J's current gradient in the core's layout: after {@link #computeGradient}, the sum over the
     * minibatch of the per-example gradients (as the core's {@code gradient()}); after {@link #fit}, DL4J's
     * applied update lr(t)·g/N (see the class comment).
     */
    @Override
    public double[] gradient() {
        return transfer.readGradient(net);
    }

    /**
     * One SGD step on one minibatch (DL4J {@code fit(DataSet)}): θ ← θ − lr(t)·gradSum/N.
     *
     * @return the score before the update
     */
    @Override
    public double fit(double[] features, double[] labels, int batch) {
        net.fit(new DataSet(features(features, batch), labels(labels, batch)));
        return net.score();
    }

    /** Number of SGD steps taken (DL4J's iteration count). */
    public long iteration() {
        return net.getIterationCount();
    }

    /**
     * Every layer's activations for {@code batch} examples (DL4J {@code feedForward(x, training)}):
     * [input, layer 0, …, output], each row-major batch × width. In inference the output of a layer followed by an
     * {@code ActivationLayer} is read again up to that layer, since DL4J's list holds it already activated.
     */
    public double[][] activations(double[] features, int batch, boolean training) {
        INDArray x = features(features, batch);
        List<INDArray> list = net.feedForward(x, training);
        double[][] out = new double[list.size()][];
        for (int i = 0; i < out.length; i++) out[i] = Nd4jArrays.toDoubles(list.get(i));
        if (!training) {
            // measured on 1.0.0-M2.1: an ActivationLayer in inference applies its function in place on its input, so the
            // entry before it (layer j - 1's output) holds the activated values; read that layer's output on its own
            for (int j = 1; j < net.getnLayers(); j++) {
                if (net.getLayer(j).conf().getLayer() instanceof ActivationLayer) {
                    List<INDArray> upTo = net.feedForwardToLayer(j - 1, x, false);
                    out[j] = Nd4jArrays.toDoubles(upTo.get(j));
                }
            }
        }
        return out;
    }

    /** {@link #activations(double[], int, boolean)} in inference mode. */
    @Override
    public double[][] activations(double[] features, int batch) {
        return activations(features, batch, false);
    }

    private INDArray features(double[] values, int batch) {
        return rows(values, batch, inputSize, "features");
    }

    private INDArray labels(double[] values, int batch) {
        return rows(values, batch, outputSize, "labels");
    }

    /** The first {@code batch} rows of {@code values} as a {@code batch × width} array of the network's data type. */
    private INDArray rows(double[] values, int batch, int width, String what) {
        if (batch <= 0) throw new IllegalArgumentException("batch: must be positive, got " + batch);
        int n = batch * width;
        if (values.length < n) {
            throw new IllegalArgumentException(what + ": expected " + batch + " x " + width + " values, got " + values.length);
        }
        return Nd4jArrays.of(values.length == n ? values : java.util.Arrays.copyOf(values, n), new long[] {batch, width}, dataType);
    }
}
