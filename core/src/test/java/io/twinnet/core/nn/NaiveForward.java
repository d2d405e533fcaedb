package io.twinnet.core.nn;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;

/**
 * A deliberately plain re-implementation of a dense network's forward pass (textbook loops over the
 * core layout), independent of the kernels, used to check outputs and to measure how close
 * pre-activations come to a ReLU kink.
 */
final class NaiveForward {
    private NaiveForward() {
    }

    /** Pre-activations z of every layer for one example: result[layer][unit]. */
    static double[][] preActivations(NetworkSpec spec, double[] params, double[] x) {
        int n = spec.layers().size();
        double[][] zs = new double[n][];
        double[] in = x;
        int offset = 0;
        for (int l = 0; l < n; l++) {
            LayerSpec layer = spec.layers().get(l);
            int nIn = in.length;
            int nOut;
            boolean hasBias;
            Activation act;
            if (layer instanceof DenseLayerSpec d) {
                nOut = d.nOut();
                hasBias = d.hasBias();
                act = d.activation();
            } else {
                OutputLayerSpec o = (OutputLayerSpec) layer;
                nOut = o.nOut();
                hasBias = o.hasBias();
                act = o.activation();
            }
            double[] z = new double[nOut];
            for (int j = 0; j < nOut; j++) {
                double s = hasBias ? params[offset + nIn * nOut + j] : 0.0;
                for (int i = 0; i < nIn; i++) s += in[i] * params[offset + i * nOut + j];
                z[j] = s;
            }
            zs[l] = z;
            in = activate(act, z);
            offset += nIn * nOut + (hasBias ? nOut : 0);
        }
        return zs;
    }

    /** The network output for one example. */
    static double[] output(NetworkSpec spec, double[] params, double[] x) {
        double[][] zs = preActivations(spec, params, x);
        LayerSpec last = spec.layers().get(spec.layers().size() - 1);
        return activate(((OutputLayerSpec) last).activation(), zs[zs.length - 1]);
    }

    static double[] activate(Activation act, double[] z) {
        double[] a = new double[z.length];
        switch (act.kind()) {
            case SIGMOID -> { for (int j = 0; j < z.length; j++) a[j] = 1 / (1 + Math.exp(-z[j])); }
            case TANH -> { for (int j = 0; j < z.length; j++) a[j] = Math.tanh(z[j]); }
            case RELU -> { for (int j = 0; j < z.length; j++) a[j] = z[j] > 0 ? z[j] : 0; }
            case LEAKYRELU -> { for (int j = 0; j < z.length; j++) a[j] = z[j] > 0 ? z[j] : act.alpha() * z[j]; }
            case IDENTITY -> System.arraycopy(z, 0, a, 0, z.length);
            case SOFTMAX -> {
                double sum = 0;
                for (int j = 0; j < z.length; j++) sum += Math.exp(z[j]);
                for (int j = 0; j < z.length; j++) a[j] = Math.exp(z[j]) / sum;
            }
        }
        return a;
    }

    /** The smallest |z| over every layer with a kink (relu, leaky relu) and every example. */
    static double kinkMargin(NetworkSpec spec, double[] params, double[] features, int batch) {
        int nIn = spec.input().size();
        double margin = Double.POSITIVE_INFINITY;
        for (int b = 0; b < batch; b++) {
            double[] x = java.util.Arrays.copyOfRange(features, b * nIn, (b + 1) * nIn);
            double[][] zs = preActivations(spec, params, x);
            for (int l = 0; l < zs.length; l++) {
                LayerSpec layer = spec.layers().get(l);
                Activation act = layer instanceof DenseLayerSpec d ? d.activation() : ((OutputLayerSpec) layer).activation();
                switch (act.kind()) {
                    case RELU, LEAKYRELU -> { for (double z : zs[l]) margin = Math.min(margin, Math.abs(z)); }
                    default -> { }
                }
            }
        }
        return margin;
    }
}
