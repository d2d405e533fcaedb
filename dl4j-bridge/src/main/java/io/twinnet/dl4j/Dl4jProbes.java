package io.twinnet.dl4j;

import io.twinnet.core.probe.LayerProbe;
import io.twinnet.core.probe.ProbeMath;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.OutputLayerSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The core's probes ({@code io.twinnet.core.probe.Probes}) computed from DL4J's own arrays: activations from
 * DL4J's {@code feedForward} (inference mode), the gradient from DL4J's {@code gradient()}, parameters from its
 * {@code params()}, all moved into the core's layout and fed to the very same arithmetic,
 * {@link ProbeMath}. So a {@link LayerProbe} of DL4J and one of the core mean the same thing:
 * per layer with weights, the activations' mean and population std, the saturated fraction (sigmoid,
 * softmax: a &lt; 0.01 or a &gt; 0.99; tanh: |a| &gt; 0.99), the dead fraction (ReLU units ≤ 0 on every probe
 * example), ‖g/N‖₂ of W, lr·‖g/N‖₂/‖W‖₂, and ‖W − W₀‖₂/‖W₀‖₂.
 */
public final class Dl4jProbes {
    private Dl4jProbes() {
    }

    /**
     * Probes every layer with weights, as {@code Probes.measure} does for a core network.
     *
     * @param network           the DL4J network, right after a {@link Dl4jNetwork#computeGradient} call, whose
     *                          gradient is used (after {@code fit} DL4J holds the applied update there instead)
     * @param probeFeatures     {@code probeSize × inputSize} features, forwarded in inference mode
     * @param probeSize         number of probe examples
     * @param initialParameters the parameters at initialisation, core layout
     * @param learningRate      the lr of the last step
     * @param lastBatchSize     N of the last step (the gradient is a sum over N examples)
     */
    public static List<LayerProbe> measure(Dl4jNetwork network, double[] probeFeatures, int probeSize, double[] initialParameters,
                                           double learningRate, int lastBatchSize) {
        double[] grad = network.gradient();
        double[] params = network.parameters();
        double[][] acts = network.activations(probeFeatures, probeSize, false);
        Dl4jParameterLayout layout = network.transfer().layout();
        List<LayerSpec> layers = network.spec().layers();
        List<LayerProbe> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            ActivationKind kind = activationOf(layers.get(i));
            if (kind == null) continue;
            ParameterBlock w = layout.block(i, "W");
            double[] a = acts[i + 1];
            int units = a.length / probeSize;
            out.add(new LayerProbe(i, kind.jsonName(),
                    ProbeMath.mean(a, 0, a.length),
                    ProbeMath.std(a, 0, a.length),
                    ProbeMath.saturatedFraction(kind, a, probeSize, units),
                    ProbeMath.deadFraction(kind, a, probeSize, units),
                    ProbeMath.meanGradientNorm(grad, w.coreOffset(), w.coreOffset() + w.length(), lastBatchSize),
                    ProbeMath.updateRatio(learningRate, grad, w.coreOffset(), params, w.coreOffset(), w.length(), lastBatchSize),
                    ProbeMath.relativeChange(params, w.coreOffset(), initialParameters, w.coreOffset(), w.length())));
        }
        return out;
    }

    private static ActivationKind activationOf(LayerSpec layer) {
        if (layer instanceof DenseLayerSpec d) return d.activation().kind();
        if (layer instanceof OutputLayerSpec o) return o.activation().kind();
        return null;
    }
}
