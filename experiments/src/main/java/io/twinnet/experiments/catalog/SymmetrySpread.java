package io.twinnet.experiments.catalog;

import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;

/**
 * How far the hidden units of a dense layer, or the output channels of a convolution, are from computing
 * the same function (the symmetry measures of {@link CnnLayerProbe} and {@link SymmetryProbe}). An init
 * with equal kernels or constant FC weights starts every pair identical, and in exact arithmetic no
 * gradient can tell them apart (each unit's or channel's gradient is the same function of its own, equal,
 * parameters), so each measure stays 0 up to round-off.
 */
final class SymmetrySpread {
    private SymmetrySpread() {
    }

    static double maxAbs(double[] p, ParameterBlock... blocks) {
        double m = 0;
        for (ParameterBlock b : blocks) for (int i = b.offset(); i < b.end(); i++) m = Math.max(m, Math.abs(p[i]));
        return m;
    }

    /** max − min of {@code p[offset + k·stride]} over k &lt; count. */
    private static double range(double[] p, int offset, int stride, int count) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            double v = p[offset + k * stride];
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    /**
     * The spread between the dense layer's hidden units: over every input row of its W (nIn × H,
     * row-major) and over its biases, the max − min across the H units; over every output column of
     * the output layer's W (H × K), the max − min across the H units. 0 when the units are identical.
     */
    static double unitSpread(double[] p, ParameterLayout layout, int dense, int out) {
        ParameterBlock w = layout.block(dense, "W");
        int nIn = w.shape()[0];
        int h = w.shape()[1];
        double worst = 0;
        for (int i = 0; i < nIn; i++) worst = Math.max(worst, range(p, w.offset() + i * h, 1, h));
        if (layout.has(dense, "b")) worst = Math.max(worst, range(p, layout.block(dense, "b").offset(), 1, h));
        ParameterBlock v = layout.block(out, "W");
        int k = v.shape()[1];
        for (int o = 0; o < k; o++) worst = Math.max(worst, range(p, v.offset() + o, k, h));
        return worst;
    }

    /**
     * The spread between the convolution's output channels: over every kernel entry (input channel,
     * row, column) of W (nOut × nIn × kH × kW, row-major) and over the biases, max − min across the nOut
     * channels. 0 when every channel computes the same feature map.
     */
    static double channelSpread(double[] p, ParameterLayout layout, int conv) {
        ParameterBlock w = layout.block(conv, "W");
        int nOut = w.shape()[0];
        int per = w.length() / nOut;
        double worst = 0;
        for (int e = 0; e < per; e++) worst = Math.max(worst, range(p, w.offset() + e, per, nOut));
        if (layout.has(conv, "b")) worst = Math.max(worst, range(p, layout.block(conv, "b").offset(), 1, nOut));
        return worst;
    }
}
