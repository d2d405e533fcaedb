package io.twinnet.dl4j;

import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SubsamplingLayerSpec;
import io.twinnet.core.spec.Window;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.activations.impl.ActivationIdentity;

/**
 * Translates one core {@link LayerSpec} into the DL4J layer configuration computing the same function.
 * <ul>
 *   <li>{@link DenseLayerSpec} → {@code DenseLayer}: a = f(x·W + b), W of shape [nIn, nOut];</li>
 *   <li>{@link OutputLayerSpec} → {@code OutputLayer} with the matching loss object;</li>
 *   <li>{@link ConvolutionLayerSpec} → {@code ConvolutionLayer} (kernel, stride, padding,
 *       {@code ConvolutionMode.Truncate}, NCHW);</li>
 *   <li>{@link SubsamplingLayerSpec} → {@code SubsamplingLayer} MAX or AVG, {@code Truncate}, with
 *       {@code avgPoolIncludePadInDivisor(false)} (DL4J's default, stated so it cannot drift);</li>
 *   <li>{@link BatchNormLayerSpec} → {@code BatchNormalization} with the spec's decay and ε, identity
 *       activation, {@code useLogStd(true)} (DL4J's default: it stores log10 of the running standard deviation);</li>
 *   <li>{@link ActivationLayerSpec} → {@code ActivationLayer} with the same activation (a nonlinearity after batch
 *       norm is this layer: 1.0.0-M2.1's {@code BatchNormalization} ignores an activation given to it).</li>
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
        if (layer instanceof ConvolutionLayerSpec c) return convolution(c, input);
        if (layer instanceof SubsamplingLayerSpec s) return subsampling(s);
        if (layer instanceof BatchNormLayerSpec b) return batchNorm(b, input);
        if (layer instanceof ActivationLayerSpec a) return new ActivationLayer.Builder().activation(Dl4jActivations.of(a.activation())).build();
        throw unsupported(layer, index);
    }

    private static Layer convolution(ConvolutionLayerSpec c, Shape input) {
        Window w = c.window();
        return new ConvolutionLayer.Builder(w.kernelH(), w.kernelW())
                .stride(w.strideH(), w.strideW())
                .padding(w.padH(), w.padW())
                .convolutionMode(ConvolutionMode.Truncate)
                .nIn(input.channels())
                .nOut(c.nOut())
                .activation(Dl4jActivations.of(c.activation()))
                .weightInit(Dl4jWeightInits.of(c.weightInit()))
                .biasInit(c.biasInit())
                .hasBias(c.hasBias())
                .build();
    }

    private static Layer subsampling(SubsamplingLayerSpec s) {
        Window w = s.window();
        SubsamplingLayer.PoolingType type = switch (s.pooling()) {
            case MAX -> SubsamplingLayer.PoolingType.MAX;
            case AVG -> SubsamplingLayer.PoolingType.AVG;
        };
        return new SubsamplingLayer.Builder(type)
                .kernelSize(w.kernelH(), w.kernelW())
                .stride(w.strideH(), w.strideW())
                .padding(w.padH(), w.padW())
                .convolutionMode(ConvolutionMode.Truncate)
                .avgPoolIncludePadInDivisor(false)
                .build();
    }

    private static Layer batchNorm(BatchNormLayerSpec b, Shape input) {
        int features = b.features(input);
        return new BatchNormalization.Builder()
                .nIn(features)
                .nOut(features)
                .decay(b.decay())
                .eps(b.eps())
                .gamma(b.gammaInit())
                .beta(b.betaInit())
                .useLogStd(true)
                .activation(new ActivationIdentity())
                .build();
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
                + layer.type() + " layers");
    }
}
