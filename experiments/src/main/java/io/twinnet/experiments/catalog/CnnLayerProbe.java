package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-layer probe of {@link CnnWeightChange}, run at every checkpoint on one side's network. For
 * each weight layer ℓ (by name: {@code Conv}, {@code Dense}, {@code Out}) with weights W, initial
 * weights W₀ and the mean gradient g = (1/n)·Σ ∂L/∂W over a fixed probe batch of n training images:
 * <ul>
 *   <li>{@code change}: ‖W − W₀‖ / R, where R = ‖W₀‖ when W₀ ≠ 0 (the relative change) and, for a
 *   zero-initialised layer, R = the expected norm of a XAVIER draw of the same shape,
 *   √(count · 2/(fanIn + fanOut)) — the scale a "moved" layer would have; {@code absChange}: ‖W − W₀‖;</li>
 *   <li>{@code gradRms}: ‖g‖/√count, the per-weight gradient;</li>
 *   <li>{@code updateRatio}: lr·‖g‖/‖W‖, the relative size of one SGD step (NaN while W = 0);</li>
 *   <li>{@code meanAbsUpdate}: lr·mean|g|, the absolute size of one SGD step per weight.</li>
 * </ul>
 * It also measures the symmetry of the asker's init: the spread between the dense layer's hidden
 * units (max over inputs of max − min over units of W_dense's columns, of its biases and of the
 * output weights' rows) and between the convolution's output channels (the same over the kernels'
 * entries and biases), each divided by the largest |weight| of the layers involved (0 = identical).
 *
 * <p>The gradient is taken with the side's own {@code computeGradient} (a training-mode pass, as SGD
 * sees it); the parameters are saved before and put back after, so the probe never changes the
 * training trajectory (batch normalisation's running statistics included).
 */
final class CnnLayerProbe implements TwinRun.Probe {

    /** One weight layer: its name in the record, the layer index and the reference norm for a zero start. */
    record Watched(String name, int layerIndex, double zeroStartReference) {
    }

    private final ParameterLayout layout;
    private final List<Watched> layers;
    private final Dataset probe;
    private final double lr;
    private final int convIndex;
    private final int denseIndex;
    private final int outIndex;
    private double[] initial;
    private final Map<String, SeriesBuilder> curves = new LinkedHashMap<>();

    /**
     * @param layers the weight layers to watch (Conv, Dense, Out)
     * @param probe  the fixed probe batch the gradient is taken on
     * @param lr     the (fixed) learning rate, for the update sizes
     */
    CnnLayerProbe(ParameterLayout layout, List<Watched> layers, Dataset probe, double lr, int convIndex, int denseIndex, int outIndex) {
        this.layout = layout;
        this.layers = List.copyOf(layers);
        this.probe = probe;
        this.lr = lr;
        this.convIndex = convIndex;
        this.denseIndex = denseIndex;
        this.outIndex = outIndex;
    }

    private void add(String name, long step, double value) {
        curves.computeIfAbsent(name, k -> new SeriesBuilder()).add(step, value);
    }

    @Override
    public void at(long step, TwinNetwork net) {
        double[] p = net.parameters();
        if (initial == null) initial = p.clone();
        net.computeGradient(probe.features(), probe.labels(), probe.size());
        double[] g = net.gradient();
        net.setParameters(p);
        for (Watched w : layers) {
            ParameterBlock b = layout.block(w.layerIndex, "W");
            double w0 = Stats.norm(initial, b.offset(), b.length());
            double now = Stats.norm(p, b.offset(), b.length());
            double diff = 0;
            double absGrad = 0;
            double gradSq = 0;
            for (int i = b.offset(); i < b.end(); i++) {
                double d = p[i] - initial[i];
                diff += d * d;
                double gi = g[i] / probe.size();
                absGrad += Math.abs(gi);
                gradSq += gi * gi;
            }
            double gradNorm = Math.sqrt(gradSq);
            double reference = w0 > 0 ? w0 : w.zeroStartReference;
            add("change" + w.name, step, Math.sqrt(diff) / reference);
            add("absChange" + w.name, step, Math.sqrt(diff));
            add("gradRms" + w.name, step, gradNorm / Math.sqrt(b.length()));
            add("updateRatio" + w.name, step, now > 0 ? lr * gradNorm / now : Double.NaN);
            add("meanAbsUpdate" + w.name, step, lr * absGrad / b.length());
        }
        double unitScale = maxAbs(p, layout.block(denseIndex, "W"), layout.block(outIndex, "W"));
        double units = unitSpread(p, layout, denseIndex, outIndex);
        add("unitSpread", step, units);
        add("relativeUnitSpread", step, unitScale == 0 ? 0 : units / unitScale);
        double channelScale = maxAbs(p, layout.block(convIndex, "W"));
        double channels = channelSpread(p, layout, convIndex);
        add("relativeChannelSpread", step, channelScale == 0 ? 0 : channels / channelScale);
    }

    @Override
    public void record(Map<String, Double> scalars, Map<String, Series> series) {
        for (Map.Entry<String, SeriesBuilder> e : curves.entrySet()) series.put(e.getKey(), e.getValue().build());
        for (Watched w : layers) {
            scalars.put("finalChange" + w.name, last(series, "change" + w.name));
            scalars.put("finalAbsChange" + w.name, last(series, "absChange" + w.name));
            scalars.put("initGradRms" + w.name, first(series, "gradRms" + w.name));
            scalars.put("medianGradRms" + w.name, medianAfterStart(series.get("gradRms" + w.name)));
            scalars.put("medianUpdateRatio" + w.name, medianAfterStart(series.get("updateRatio" + w.name)));
            scalars.put("medianMeanAbsUpdate" + w.name, medianAfterStart(series.get("meanAbsUpdate" + w.name)));
        }
        scalars.put("maxRelativeUnitSpread", max(series.get("relativeUnitSpread")));
        scalars.put("maxUnitSpread", max(series.get("unitSpread")));
        scalars.put("maxRelativeChannelSpread", max(series.get("relativeChannelSpread")));
    }

    private static double last(Map<String, Series> series, String name) {
        Series s = series.get(name);
        return s == null ? Double.NaN : s.last();
    }

    private static double first(Map<String, Series> series, String name) {
        Series s = series.get(name);
        return s == null ? Double.NaN : s.first();
    }

    /** The largest value of a series, NaN counting as the largest (a NaN spread is not "identical"). */
    static double max(Series s) {
        if (s == null || s.size() == 0) return Double.NaN;
        double m = 0;
        for (double v : s.y()) {
            if (Double.isNaN(v)) return Double.NaN;
            m = Math.max(m, v);
        }
        return m;
    }

    /** The median of the finite values after step 0 (the trained checkpoints); NaN when there is none. */
    static double medianAfterStart(Series s) {
        if (s == null) return Double.NaN;
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) if (s.x()[i] > 0 && Double.isFinite(s.y()[i])) v.add(s.y()[i]);
        return Stats.median(v.stream().mapToDouble(Double::doubleValue).toArray());
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
