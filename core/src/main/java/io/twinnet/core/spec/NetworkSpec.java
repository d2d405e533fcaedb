package io.twinnet.core.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable description of a network and how it is trained, shared by the core and the DL4J
 * bridge. Construction validates everything; the first problem found is reported as a
 * {@link SpecException} whose field path (e.g. {@code layers[1].weightInit}) names the culprit.
 *
 * <p>Training follows DL4J's {@code miniBatch(true)} with no regularisation: the updater ({@link Updater}; plain
 * SGD unless the spec names another) gets the mean gradient g = (1/N) Σ_n ∇θ loss_n of each minibatch, and
 * SGD steps θ ← θ − lr(t)·g.
 *
 * @param name         a label for reports (any text, may be empty)
 * @param input        the shape of one input example
 * @param layers       hidden layers followed by exactly one {@link OutputLayerSpec}, last
 * @param learningRate the SGD learning-rate schedule
 * @param seed         the seed of the core's parameter initialisation (and of DL4J's, which draws its own)
 * @param precision    DL4J's data type, and the core's: DOUBLE computes in binary64, FLOAT in binary32 (rounded to float at every step)
 * @param updater      the optimiser that turns gradients into steps ({@link Updater#sgd()} by default)
 */
public record NetworkSpec(String name, Shape input, List<LayerSpec> layers, LearningRateSchedule learningRate,
                          long seed, Precision precision, Updater updater) {

    /** A spec trained by plain SGD (the updater every spec had before Adam). */
    public NetworkSpec(String name, Shape input, List<LayerSpec> layers, LearningRateSchedule learningRate, long seed, Precision precision) {
        this(name, input, layers, learningRate, seed, precision, Updater.sgd());
    }

    public NetworkSpec {
        name = name == null ? "" : name;
        if (input == null) throw new SpecException("input", "is missing");
        if (layers == null || layers.isEmpty()) throw new SpecException("layers", "needs at least an output layer");
        if (learningRate == null) throw new SpecException("learningRate", "is missing");
        if (precision == null) throw new SpecException("precision", "is missing");
        if (updater == null) throw new SpecException("updater", "is missing");
        layers = Collections.unmodifiableList(new ArrayList<>(layers));
        Shape shape = input;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            String field = "layers[" + i + "]";
            if (layer == null) throw new SpecException(field, "is missing");
            boolean last = i == layers.size() - 1;
            if (last && !(layer instanceof OutputLayerSpec)) {
                throw new SpecException(field, "the last layer must be an output layer, got " + layer.type());
            }
            if (!last && layer instanceof OutputLayerSpec) {
                throw new SpecException(field, "an output layer may only be the last layer");
            }
            try {
                shape = layer.outputShape(shape, field);
            } catch (SpecException e) {
                throw e.field().startsWith("layers[") ? e : e.within(field);
            }
        }
    }

    /** Starts a builder for a network with the given input shape. */
    public static Builder builder(Shape input) {
        return new Builder(input);
    }

    /** The output layer. */
    public OutputLayerSpec outputLayer() {
        return (OutputLayerSpec) layers.get(layers.size() - 1);
    }

    /** The input shape of layer {@code i}. */
    public Shape inputShapeOf(int i) {
        Shape shape = input;
        for (int k = 0; k < i; k++) shape = layers.get(k).outputShape(shape, "layers[" + k + "]");
        return shape;
    }

    /** The output shape of the whole network. */
    public Shape outputShape() {
        return inputShapeOf(layers.size());
    }

    /** Total parameter count, equal to DL4J's {@code numParams()} for the same network. */
    public int parameterCount() {
        int n = 0;
        Shape shape = input;
        for (int i = 0; i < layers.size(); i++) {
            n += layers.get(i).parameterCount(shape);
            shape = layers.get(i).outputShape(shape, "layers[" + i + "]");
        }
        return n;
    }

    public NetworkSpec withSeed(long newSeed) {
        return new NetworkSpec(name, input, layers, learningRate, newSeed, precision, updater);
    }

    public NetworkSpec withLearningRate(LearningRateSchedule schedule) {
        return new NetworkSpec(name, input, layers, schedule, seed, precision, updater);
    }

    public NetworkSpec withPrecision(Precision p) {
        return new NetworkSpec(name, input, layers, learningRate, seed, p, updater);
    }

    public NetworkSpec withName(String newName) {
        return new NetworkSpec(newName, input, layers, learningRate, seed, precision, updater);
    }

    public NetworkSpec withLayers(List<LayerSpec> newLayers) {
        return new NetworkSpec(name, input, newLayers, learningRate, seed, precision, updater);
    }

    public NetworkSpec withUpdater(Updater u) {
        return new NetworkSpec(name, input, layers, learningRate, seed, precision, u);
    }

    /** A fluent builder; {@link #build()} validates. */
    public static final class Builder {
        private final Shape input;
        private final List<LayerSpec> layers = new ArrayList<>();
        private String name = "";
        private LearningRateSchedule learningRate = LearningRateSchedule.fixed(0.1);
        private long seed = 42;
        private Precision precision = Precision.DOUBLE;
        private Updater updater = Updater.sgd();

        private Builder(Shape input) {
            this.input = input;
        }

        public Builder name(String value) { this.name = value; return this; }
        public Builder layer(LayerSpec layer) { layers.add(layer); return this; }
        public Builder dense(int nOut, Activation activation, WeightInit init) { return layer(DenseLayerSpec.of(nOut, activation, init)); }
        /** A convolution with a bias starting at 0 (see {@link ConvolutionLayerSpec}). */
        public Builder conv(int nOut, Window window, Activation activation, WeightInit init) { return layer(ConvolutionLayerSpec.of(nOut, window, activation, init)); }
        /** Max pooling over {@code window}. */
        public Builder maxPool(Window window) { return layer(new SubsamplingLayerSpec(PoolingType.MAX, window)); }
        /** Average pooling over {@code window} (padding not counted in the divisor). */
        public Builder avgPool(Window window) { return layer(new SubsamplingLayerSpec(PoolingType.AVG, window)); }
        /** Batch normalisation with DL4J's defaults (decay 0.9, ε 1e-5, γ = 1, β = 0). */
        public Builder batchNorm() { return layer(BatchNormLayerSpec.defaults()); }
        /** An activation layer of its own, e.g. the ReLU after a batch normalisation (see {@link ActivationLayerSpec}). */
        public Builder activation(Activation activation) { return layer(new ActivationLayerSpec(activation)); }
        public Builder output(int nOut, Activation activation, LossFunction loss, WeightInit init) { return layer(OutputLayerSpec.of(nOut, activation, loss, init)); }
        public Builder learningRate(double lr) { this.learningRate = LearningRateSchedule.fixed(lr); return this; }
        public Builder learningRate(LearningRateSchedule schedule) { this.learningRate = schedule; return this; }
        public Builder seed(long value) { this.seed = value; return this; }
        public Builder precision(Precision value) { this.precision = value; return this; }
        /** The optimiser (plain SGD unless set). */
        public Builder updater(Updater value) { this.updater = value; return this; }

        public NetworkSpec build() {
            return new NetworkSpec(name, input, layers, learningRate, seed, precision, updater);
        }
    }
}
