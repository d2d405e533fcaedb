package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.Stats;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.TwinNetwork;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The per-layer probe of {@link CnnWeightChange}, run at every checkpoint on one side's network. For
 * each {@link CnnWeightLayer} with weights W, initial weights W₀ and the mean gradient
 * g = (1/n)·Σ ∂L/∂W over a fixed probe batch of n training images:
 * <ul>
 *   <li>change: ‖W − W₀‖ / R, where R = ‖W₀‖ when W₀ ≠ 0 (the relative change) and, for a
 *   zero-initialised layer, R = the expected norm of a XAVIER draw of the same shape,
 *   √(count · 2/(fanIn + fanOut)) — the scale a "moved" layer would have; absChange: ‖W − W₀‖;</li>
 *   <li>gradRms: ‖g‖/√count, the per-weight gradient;</li>
 *   <li>updateRatio: lr·‖g‖/‖W‖, the relative size of one SGD step (NaN while W = 0);</li>
 *   <li>meanAbsUpdate: lr·mean|g|, the absolute size of one SGD step per weight.</li>
 * </ul>
 * Those are recorded against the step (the layer's own curves) and summarised over the layers
 * (curves over {@link CnnWeightLayer#AXIS}). It also measures the symmetry of the asker's init: the
 * spread between the dense layer's hidden units ({@link SymmetrySpread#unitSpread}) and between the convolution's
 * output channels ({@link SymmetrySpread#channelSpread}), each divided by the largest |weight| of the layers
 * involved (0 = identical). A net without the hidden dense layer (the output-only FC reading) has NaN for that layer
 * in the per-layer curves, no step curves for it and no unit spread.
 *
 * <p>The gradient is taken with the side's own {@code computeGradient} (a training-mode pass, as SGD
 * sees it); the parameters are saved before and put back after, so the probe never changes the
 * training trajectory (batch normalisation's running statistics included).
 */
final class CnnLayerProbe implements TrainingTrial.Probe {

    /** change at the last checkpoint, per layer. */
    static final Curve FINAL_CHANGE = Curve.of("finalChange", CnnWeightLayer.AXIS, "final ||W - W0|| / scale");
    /** absChange at the last checkpoint, per layer. */
    static final Curve FINAL_ABS_CHANGE = Curve.of("finalAbsChange", CnnWeightLayer.AXIS, "final ||W - W0||");
    /** gradRms at step 0, per layer. */
    static final Curve INIT_GRAD_RMS = Curve.of("initGradRms", CnnWeightLayer.AXIS, "per-weight gradient RMS at step 0");
    /** Median over the checkpoints after step 0 of gradRms, per layer. */
    static final Curve MEDIAN_GRAD_RMS = Curve.of("medianGradRms", CnnWeightLayer.AXIS, "per-weight gradient RMS (median over training)");
    /** Median over the checkpoints after step 0 of updateRatio, per layer. */
    static final Curve MEDIAN_UPDATE_RATIO = Curve.of("medianUpdateRatio", CnnWeightLayer.AXIS, "lr ||g|| / ||W|| (median over training)");
    /** Median over the checkpoints after step 0 of meanAbsUpdate, per layer. */
    static final Curve MEDIAN_MEAN_ABS_UPDATE = Curve.of("medianMeanAbsUpdate", CnnWeightLayer.AXIS, "lr mean|g| (median over training)");

    static final Curve UNIT_SPREAD = Curve.of("unitSpread", "step", "spread between hidden units");
    static final Curve RELATIVE_UNIT_SPREAD = Curve.of("relativeUnitSpread", "step", "spread between hidden units / max |weight|");
    static final Curve RELATIVE_CHANNEL_SPREAD = Curve.of("relativeChannelSpread", "step", "spread between conv channels / max |weight|");
    /** Largest relative unit spread over the checkpoints (NaN if any is NaN). */
    static final Scalar MAX_RELATIVE_UNIT_SPREAD = Scalar.of("maxRelativeUnitSpread", "largest relative spread between hidden units");
    static final Scalar MAX_UNIT_SPREAD = Scalar.of("maxUnitSpread", "largest spread between hidden units");
    static final Scalar MAX_RELATIVE_CHANNEL_SPREAD = Scalar.of("maxRelativeChannelSpread", "largest relative spread between conv channels");

    /** What the probe needs of one layer: where its weights are and the reference norm for a zero start. */
    private record Watched(CnnWeightLayer layer, ParameterBlock weights, double zeroStartReference) {
    }

    /** The five step curves of one layer. */
    private record Builders(SeriesBuilder change, SeriesBuilder absChange, SeriesBuilder gradRms, SeriesBuilder updateRatio,
                            SeriesBuilder meanAbsUpdate) {
        Builders() {
            this(new SeriesBuilder(), new SeriesBuilder(), new SeriesBuilder(), new SeriesBuilder(), new SeriesBuilder());
        }
    }

    private final ParameterLayout layout;
    private final List<Watched> watched = new ArrayList<>();
    private final Dataset probe;
    private final double lr;
    private final int conv;
    private final int dense;
    private final int out;
    private final Map<CnnWeightLayer, Builders> perLayer = new EnumMap<>(CnnWeightLayer.class);
    private final SeriesBuilder unitSpread = new SeriesBuilder();
    private final SeriesBuilder relativeUnitSpread = new SeriesBuilder();
    private final SeriesBuilder relativeChannelSpread = new SeriesBuilder();
    private double[] initial;

    /**
     * @param spec  the network: a convolution, a hidden dense layer or none (the output-only FC reading) and an output layer
     * @param probe the fixed probe batch the gradient is taken on
     * @param lr    the (fixed) learning rate, for the update sizes
     */
    CnnLayerProbe(NetworkSpec spec, Dataset probe, double lr) {
        this.layout = ParameterLayout.of(spec);
        this.probe = probe;
        this.lr = lr;
        this.conv = indexOf(spec, ConvolutionLayerSpec.class);
        this.dense = indexOf(spec, DenseLayerSpec.class);
        this.out = indexOf(spec, OutputLayerSpec.class);
        if (conv < 0 || out < 0) throw new IllegalStateException("spec: needs a convolution and an output layer");
        int[] k = layout.block(conv, "W").shape(); // nOut, nIn, kH, kW
        watch(CnnWeightLayer.CONV, conv, k[1] * k[2] * k[3], k[0] * k[2] * k[3]);
        if (dense >= 0) {
            int[] d = layout.block(dense, "W").shape();
            watch(CnnWeightLayer.DENSE, dense, d[0], d[1]);
        }
        int[] o = layout.block(out, "W").shape();
        watch(CnnWeightLayer.OUTPUT, out, o[0], o[1]);
    }

    private void watch(CnnWeightLayer layer, int index, double fanIn, double fanOut) {
        ParameterBlock w = layout.block(index, "W");
        watched.add(new Watched(layer, w, Math.sqrt(w.length() * 2.0 / (fanIn + fanOut))));
        perLayer.put(layer, new Builders());
    }

    /** The index of the first layer of {@code type}; −1 when there is none. */
    private static int indexOf(NetworkSpec spec, Class<? extends LayerSpec> type) {
        for (int i = 0; i < spec.layers().size(); i++) if (type.isInstance(spec.layers().get(i))) return i;
        return -1;
    }

    @Override
    public void at(long step, TwinNetwork net) {
        double[] p = net.parameters();
        if (initial == null) initial = p.clone();
        net.computeGradient(probe.features(), probe.labels(), probe.size());
        double[] g = net.gradient();
        net.setParameters(p);
        for (Watched w : watched) {
            ParameterBlock b = w.weights;
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
            Builders c = perLayer.get(w.layer);
            c.change.add(step, Math.sqrt(diff) / reference);
            c.absChange.add(step, Math.sqrt(diff));
            c.gradRms.add(step, gradNorm / Math.sqrt(b.length()));
            c.updateRatio.add(step, now > 0 ? lr * gradNorm / now : Double.NaN);
            c.meanAbsUpdate.add(step, lr * absGrad / b.length());
        }
        if (dense >= 0) {
            double unitScale = SymmetrySpread.maxAbs(p, layout.block(dense, "W"), layout.block(out, "W"));
            double units = SymmetrySpread.unitSpread(p, layout, dense, out);
            unitSpread.add(step, units);
            relativeUnitSpread.add(step, unitScale == 0 ? 0 : units / unitScale);
        }
        double channelScale = SymmetrySpread.maxAbs(p, layout.block(conv, "W"));
        relativeChannelSpread.add(step, channelScale == 0 ? 0 : SymmetrySpread.channelSpread(p, layout, conv) / channelScale);
    }

    @Override
    public void record(Measurements into) {
        int n = CnnWeightLayer.values().length;
        double[] finalChange = new double[n];
        double[] finalAbsChange = new double[n];
        double[] initGradRms = new double[n];
        double[] medianGradRms = new double[n];
        double[] medianUpdateRatio = new double[n];
        double[] medianMeanAbsUpdate = new double[n];
        for (CnnWeightLayer l : CnnWeightLayer.values()) {
            Builders b = perLayer.get(l);
            int i = l.ordinal();
            if (b == null) { // a layer the net does not have: NaN in the per-layer curves, no step curves
                finalChange[i] = finalAbsChange[i] = initGradRms[i] = medianGradRms[i] = medianUpdateRatio[i] = medianMeanAbsUpdate[i] = Double.NaN;
                continue;
            }
            Series change = b.change.build();
            Series absChange = b.absChange.build();
            Series gradRms = b.gradRms.build();
            Series updateRatio = b.updateRatio.build();
            Series meanAbsUpdate = b.meanAbsUpdate.build();
            into.put(l.change, change).put(l.absChange, absChange).put(l.gradRms, gradRms).put(l.updateRatio, updateRatio)
                    .put(l.meanAbsUpdate, meanAbsUpdate);
            finalChange[i] = change.last();
            finalAbsChange[i] = absChange.last();
            initGradRms[i] = gradRms.first();
            medianGradRms[i] = medianAfterStart(gradRms);
            medianUpdateRatio[i] = medianAfterStart(updateRatio);
            medianMeanAbsUpdate[i] = medianAfterStart(meanAbsUpdate);
        }
        into.put(FINAL_CHANGE, overLayers(finalChange)).put(FINAL_ABS_CHANGE, overLayers(finalAbsChange))
                .put(INIT_GRAD_RMS, overLayers(initGradRms)).put(MEDIAN_GRAD_RMS, overLayers(medianGradRms))
                .put(MEDIAN_UPDATE_RATIO, overLayers(medianUpdateRatio)).put(MEDIAN_MEAN_ABS_UPDATE, overLayers(medianMeanAbsUpdate));
        Series relativeChannels = relativeChannelSpread.build();
        into.put(RELATIVE_CHANNEL_SPREAD, relativeChannels).put(MAX_RELATIVE_CHANNEL_SPREAD, max(relativeChannels));
        if (dense < 0) return; // no hidden units to compare
        Series units = unitSpread.build();
        Series relativeUnits = relativeUnitSpread.build();
        into.put(UNIT_SPREAD, units).put(RELATIVE_UNIT_SPREAD, relativeUnits).put(MAX_RELATIVE_UNIT_SPREAD, max(relativeUnits)).put(MAX_UNIT_SPREAD, max(units));
    }

    /** A curve over the weight layers: x = the layer's ordinal, y = {@code perLayer}. */
    private static Series overLayers(double[] perLayer) {
        double[] x = new double[perLayer.length];
        for (int i = 0; i < x.length; i++) x[i] = i;
        return new Series(x, perLayer);
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
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) if (s.x()[i] > 0 && Double.isFinite(s.y()[i])) v.add(s.y()[i]);
        return Stats.median(v.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
