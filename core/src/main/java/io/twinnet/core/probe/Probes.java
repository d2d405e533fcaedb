package io.twinnet.core.probe;

import io.twinnet.core.nn.Network;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.OutputLayerSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes {@link LayerProbe}s for a core network. Nothing is computed unless asked for, so probes cost
 * nothing when off. The DL4J bridge computes the same quantities from DL4J's arrays with {@link ProbeMath}.
 */
public final class Probes {
    private Probes() {
    }

    /**
     * Probes every layer that has weights.
     *
     * @param network          the network, right after a training step (its gradient is that step's)
     * @param probeFeatures    {@code probeSize × inputSize} features, forwarded in inference mode
     * @param probeSize        number of probe examples
     * @param initialParameters the parameters at initialisation, in the core layout (for the relative change)
     * @param learningRate     the lr of the last step
     * @param lastBatchSize    N of the last step (the gradient is a sum over N examples)
     */
    public static List<LayerProbe> measure(Network network, double[] probeFeatures, int probeSize, double[] initialParameters,
                                           double learningRate, int lastBatchSize) {
        double[][] acts = network.activations(probeFeatures, probeSize, false);
        double[] params = network.parameters();
        double[] grad = network.gradient();
        List<LayerProbe> out = new ArrayList<>();
        List<LayerSpec> layers = network.spec().layers();
        for (int i = 0; i < layers.size(); i++) {
            ActivationKind kind = activationOf(layers.get(i));
            if (kind == null || !network.layout().has(i, "W")) continue;
            double[] a = acts[i + 1];
            int units = a.length / probeSize;
            ParameterBlock w = network.layout().block(i, "W");
            out.add(new LayerProbe(i, kind.jsonName(),
                    ProbeMath.mean(a, 0, a.length),
                    ProbeMath.std(a, 0, a.length),
                    ProbeMath.saturatedFraction(kind, a, probeSize, units),
                    ProbeMath.deadFraction(kind, a, probeSize, units),
                    ProbeMath.meanGradientNorm(grad, w.offset(), w.end(), lastBatchSize),
                    ProbeMath.updateRatio(learningRate, grad, w.offset(), params, w.offset(), w.length(), lastBatchSize),
                    ProbeMath.relativeChange(params, w.offset(), initialParameters, w.offset(), w.length())));
        }
        return out;
    }

    private static ActivationKind activationOf(LayerSpec layer) {
        if (layer instanceof DenseLayerSpec d) return d.activation().kind();
        if (layer instanceof OutputLayerSpec o) return o.activation().kind();
        if (layer instanceof io.twinnet.core.spec.ConvolutionLayerSpec c) return c.activation().kind();
        return null;
    }
}
