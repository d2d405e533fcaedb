package io.twinnet.core.nn;

import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.OutputLayerSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Layer-sequential unit-variance rescaling (LSUV; Mishkin &amp; Matas 2015, "All you need is a good init",
 * Algorithm 1): a data-dependent change of a network's initial weights. For each dense or output layer L in
 * order, forward one data batch B through the network, take the variance of the layer's pre-activations
 * z = x·W + b over every example and unit of the batch (one number per layer, as the population variance
 * {@code np.var} of the whole output blob),
 * <pre>
 *   v_L = (1/(N·n)) Σ_{b,j} (z_bj − z̄)²,   z̄ = (1/(N·n)) Σ_{b,j} z_bj,
 * </pre>
 * and, while |v_L − 1| ≥ tol and fewer than {@code maxRescalings} rescalings were made, set
 * W_L ← W_L / √v_L (the bias is left alone, which is why the loop may need more than one pass; without
 * a bias one pass gives v_L = 1 up to rounding). Layers below L are already rescaled when L is measured.
 * Layers without weights (batch norm, pooling) pass the signal on and are not changed.
 *
 * <p>The paper first replaces the weights by orthonormal matrices (Saxe et al. 2013); this class starts
 * from whatever the network holds. It lives beside the layers, not in {@code init}, because it runs the
 * network forward, and the initialisers sit below the network.
 *
 * @param tolerance     tol: a layer whose variance is within tol of 1 is left as it is (paper: Tol_var)
 * @param maxRescalings the most rescalings per layer (paper: T_max)
 */
public record Lsuv(double tolerance, int maxRescalings) {

    public Lsuv {
        if (!(tolerance > 0 && tolerance < 1)) throw new IllegalArgumentException("tolerance: must lie in (0, 1), got " + tolerance);
        if (maxRescalings < 1) throw new IllegalArgumentException("maxRescalings: must be at least 1, got " + maxRescalings);
    }

    /**
     * What LSUV did to one layer.
     *
     * @param layer      the layer's index in the spec
     * @param rescalings how many times its weights were divided by √v
     * @param variance   v after the last rescaling (measured once more), or the first v when none was needed
     */
    public record LayerResult(int layer, int rescalings, double variance) {
    }

    /**
     * Rescales {@code net}'s weights in place on the batch of {@code batch} examples in {@code features}
     * ({@code batch × inputSize}, row-major), and returns what was done per weight layer, in order.
     * Throws for a network with a convolution (this LSUV measures dense pre-activations only).
     */
    public List<LayerResult> apply(Network net, double[] features, int batch) {
        if (batch < 2) throw new IllegalArgumentException("batch: LSUV needs at least 2 examples for a variance, got " + batch);
        List<LayerSpec> layers = net.spec().layers();
        List<LayerResult> out = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            LayerSpec spec = layers.get(l);
            if (!(spec instanceof DenseLayerSpec || spec instanceof OutputLayerSpec)) {
                if (net.layout().has(l, "W")) throw new IllegalArgumentException("layers[" + l + "]: LSUV rescales dense and output layers only, not " + spec.type());
                continue;
            }
            ParameterBlock w = net.layout().block(l, "W");
            double v = preActivationVariance(net, l, features, batch);
            int rescalings = 0;
            while (Math.abs(v - 1) >= tolerance && rescalings < maxRescalings) {
                double[] params = net.parameters().clone();
                double scale = 1 / Math.sqrt(v);
                for (int i = w.offset(); i < w.end(); i++) params[i] *= scale;
                net.setParameters(params);
                rescalings++;
                v = preActivationVariance(net, l, features, batch);
            }
            out.add(new LayerResult(l, rescalings, v));
        }
        return List.copyOf(out);
    }

    /** v_l of the class comment: the population variance of z = x·W + b over the batch and the layer's units. */
    static double preActivationVariance(Network net, int l, double[] features, int batch) {
        double[] x = net.activations(features, batch, false)[l];
        ParameterBlock w = net.layout().block(l, "W");
        int nIn = w.shape()[0];
        int nOut = w.shape()[1];
        double[] p = net.parameters();
        int bOff = net.layout().has(l, "b") ? net.layout().block(l, "b").offset() : -1;
        double[] z = new double[batch * nOut];
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < nOut; j++) {
                double s = bOff < 0 ? 0 : p[bOff + j];
                for (int i = 0; i < nIn; i++) s += x[b * nIn + i] * p[w.offset() + i * nOut + j];
                z[b * nOut + j] = s;
            }
        }
        double mean = 0;
        for (double v : z) mean += v;
        mean /= z.length;
        double q = 0;
        for (double v : z) q += (v - mean) * (v - mean);
        return q / z.length;
    }
}
