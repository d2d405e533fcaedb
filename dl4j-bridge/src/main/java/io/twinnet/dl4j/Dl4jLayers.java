package io.twinnet.dl4j;

import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;

/**
 * Translates one core {@link LayerSpec} into the DL4J layer configuration computing the same function.
 * <ul>
 *   <li>{@link DenseLayerSpec} → {@code DenseLayer}: a = f(x·W + b), W of shape [nIn, nOut];</li>
 *   <li>{@link OutputLayerSpec} → {@code OutputLayer} with the matching loss object;</li>
 *   <li>convolution, pooling and batch normalisation: not translated yet
 *       ({@link UnsupportedOperationException}).</li>
 * </ul>
 * Every layer carries its own activation, weight initialiser, bias initialiser and {@code hasBias}, so the
 * network-wide defaults of DL4J never leak in.
 */
public final class Dl4jLayers {
    private Dl4jLayers() {
    }

    /**
     * The DL4J layer for {@code layer}, which receives examples of shape {@code input}.
     *
     * @param index the layer's position in the spec, for error messages
     * @throws UnsupportedOperationException for a layer type the bridge does not translate yet
     */
    public static Layer of(LayerSpec layer, Shape input, int index) {
        if (layer instanceof DenseLayerSpec d) return dense(d, input);
        if (layer instanceof OutputLayerSpec o) return output(o, input);
        throw unsupported(layer, index);
    }

    private static Layer dense(DenseLayerSpec d, Shape input) {
        return new DenseLayer.Builder()
                .nIn(input.size())
                .nOut(d.nOut())
                .activation(Dl4jActivations.of(d.activation()))
                .weightInit(Dl4jWeightInits.of(d.weightInit()))
                .biasInit(d.biasInit())
                .hasBias(d.hasBias())
                .build();
    }

    private static Layer output(OutputLayerSpec o, Shape input) {
        return new OutputLayer.Builder(Dl4jLosses.of(o.loss()))
                .nIn(input.size())
                .nOut(o.nOut())
                .activation(Dl4jActivations.of(o.activation()))
                .weightInit(Dl4jWeightInits.of(o.weightInit()))
                .biasInit(o.biasInit())
                .hasBias(o.hasBias())
                .build();
    }

    static UnsupportedOperationException unsupported(LayerSpec layer, int index) {
        return new UnsupportedOperationException("layers[" + index + "]: the DL4J bridge does not translate "
                + layer.type() + " layers yet (only dense and output layers)");
    }
}
