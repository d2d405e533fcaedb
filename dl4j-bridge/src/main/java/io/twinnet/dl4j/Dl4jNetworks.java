package io.twinnet.dl4j;

import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Builds a core {@link NetworkSpec} as a DL4J {@link MultiLayerNetwork}: the same layers (see
 * {@link Dl4jLayers}), weight and bias initialisers, activations and loss, trained by the spec's updater ({@code Sgd} or {@code Adam}) with the
 * spec's learning-rate schedule (see {@link Dl4jUpdaters}), {@code miniBatch(true)} (the summed gradient is
 * divided by the minibatch size), no regularisation, seeded with {@code spec.seed()}, in the spec's precision.
 *
 * <p>DL4J's output-layer validation is switched off, at build time and at evaluation time, because the
 * seeds train output layers DL4J would refuse (a ReLU output with MSE; see DESIGN.md).
 *
 * <p>Features are fed flat ({@code spec.input().size()} values per example); a spatial input followed by a
 * dense layer is flattened in NCHW order, exactly as the core flattens it.
 */
public final class Dl4jNetworks {
    private Dl4jNetworks() {
    }

    /**
     * A new, initialised DL4J network for {@code spec}. Its parameters are DL4J's own draws from the
     * spec's initialisers with seed {@code spec.seed()}; load shared parameters with {@link ParameterTransfer}.
     *
     * @throws UnsupportedOperationException if the spec holds a layer type the bridge does not translate yet
     */
    public static MultiLayerNetwork build(NetworkSpec spec) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(spec));
        net.init();
        net.getLayerWiseConfigurations().setValidateOutputLayerConfig(false);
        return net;
    }

    /** The DL4J configuration of {@code spec} (see the class comment). */
    public static MultiLayerConfiguration configuration(NetworkSpec spec) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(spec.seed())
                .dataType(dataType(spec.precision()))
                .updater(Dl4jUpdaters.of(spec))
                .miniBatch(true)
                .list();
        Shape shape = spec.input();
        for (int i = 0; i < spec.layers().size(); i++) {
            list.layer(i, Dl4jLayers.of(spec.layers().get(i), shape, i));
            shape = spec.layers().get(i).outputShape(shape, "layers[" + i + "]");
        }
        MultiLayerConfiguration conf = list
                .setInputType(inputType(spec.input()))
                .validateOutputLayerConfig(false)
                .build();
        conf.setValidateOutputLayerConfig(false);
        return conf;
    }

    /**
     * DL4J's input type for a spec's input: {@code feedForward(size)} for a vector, and for an image
     * {@code convolutionalFlat(height, width, channels)}, so that features stay flat rows (NCHW per example) and
     * DL4J reshapes them itself ({@code FeedForwardToCnnPreProcessor}).
     */
    public static InputType inputType(Shape input) {
        return input.spatial() ? InputType.convolutionalFlat(input.height(), input.width(), input.channels())
                : InputType.feedForward(input.size());
    }

    /** DL4J's data type for a precision: DOUBLE or FLOAT. */
    public static DataType dataType(Precision precision) {
        return switch (precision) {
            case DOUBLE -> DataType.DOUBLE;
            case FLOAT -> DataType.FLOAT;
        };
    }
}
