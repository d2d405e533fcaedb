package io.twinnet.experiments.lab;

import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.dl4j.Dl4jNetworks;
import io.twinnet.dl4j.Dl4jParameterLayout;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J {@link MultiLayerNetwork} built by the bridge from the same spec, as a {@link TwinNetwork}.
 * Inputs are converted to INDArrays of the network's data type; parameters and gradients are
 * converted between DL4J's flattened {@code params()} order and the core's layout by the
 * bridge's {@link Dl4jParameterLayout}.
 */
public final class Dl4jTwin implements TwinNetwork {
    private final NetworkSpec spec;
    private final MultiLayerNetwork net;
    private final Dl4jParameterLayout layout;
    private final DataType dataType;

    private Dl4jTwin(NetworkSpec spec, MultiLayerNetwork net) {
        this.spec = spec;
        this.net = net;
        this.layout = Dl4jParameterLayout.of(spec);
        this.dataType = Dl4jNetworks.dataType(spec.precision());
    }

    /** DL4J's network with DL4J's own initialisation (its own RNG, seeded with the spec's seed). */
    public static Dl4jTwin initialise(NetworkSpec spec) {
        return new Dl4jTwin(spec, Dl4jNetworks.build(spec));
    }

    /** DL4J's network loaded with the given parameters (core layout), for exact parity. */
    public static Dl4jTwin withParameters(NetworkSpec spec, double[] parameters) {
        Dl4jTwin twin = initialise(spec);
        twin.setParameters(parameters);
        return twin;
    }

    public MultiLayerNetwork network() {
        return net;
    }

    @Override
    public Implementation implementation() {
        return Implementation.DL4J;
    }

    @Override
    public NetworkSpec spec() {
        return spec;
    }

    private INDArray matrix(double[] values, int rows, int cols) {
        double[] exact = values.length == rows * cols ? values : java.util.Arrays.copyOf(values, rows * cols);
        INDArray a = Nd4j.create(exact, new long[] {rows, cols}, DataType.DOUBLE);
        return dataType == DataType.DOUBLE ? a : a.castTo(dataType);
    }

    private INDArray features(double[] f, int batch) {
        return matrix(f, batch, spec.input().size());
    }

    private INDArray labels(double[] l, int batch) {
        return matrix(l, batch, spec.outputShape().size());
    }

    private static double[] toDoubles(INDArray a) {
        return a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    @Override
    public double fit(double[] features, double[] labels, int batch) {
        net.fit(new DataSet(features(features, batch), labels(labels, batch)));
        return net.score();
    }

    @Override
    public double[] output(double[] features, int batch) {
        return toDoubles(net.output(features(features, batch), false));
    }

    @Override
    public double score(double[] features, double[] labels, int batch) {
        return net.score(new DataSet(features(features, batch), labels(labels, batch)), false);
    }

    @Override
    public double computeGradient(double[] features, double[] labels, int batch) {
        net.setInput(features(features, batch));
        net.setLabels(labels(labels, batch));
        net.computeGradientAndScore();
        return net.score();
    }

    @Override
    public double[] gradient() {
        return layout.gradientToCoreOrder(toDoubles(net.gradient().gradient()));
    }

    @Override
    public double[] parameters() {
        return layout.toCoreOrder(toDoubles(net.params()));
    }

    @Override
    public void setParameters(double[] parameters) {
        double[] dl4j = layout.toDl4jOrder(parameters);
        INDArray flat = Nd4j.create(dl4j, new long[] {1, dl4j.length}, DataType.DOUBLE);
        net.setParams(dataType == DataType.DOUBLE ? flat : flat.castTo(dataType));
    }

    @Override
    public double[][] activations(double[] features, int batch) {
        List<INDArray> acts = net.feedForward(features(features, batch), false);
        double[][] out = new double[acts.size()][];
        for (int i = 0; i < acts.size(); i++) out[i] = toDoubles(acts.get(i));
        return out;
    }
}
