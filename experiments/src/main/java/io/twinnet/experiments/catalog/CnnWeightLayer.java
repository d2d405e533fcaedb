package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.RunTable;
import io.twinnet.experiments.lab.Series;

/**
 * The three weight layers {@link CnnLayerProbe} watches in {@link CnnWeightChange}'s net, in the
 * order of the network: the convolution, the hidden dense layer and the output layer. The ordinal is
 * the x of the per-layer curves ({@link CnnLayerProbe#FINAL_CHANGE} and the other summaries), and
 * each layer carries its own constants for the five curves the probe records against the step:
 * change ‖W − W₀‖ over the layer's scale, absChange ‖W − W₀‖, gradRms ‖g‖/√count, updateRatio
 * lr·‖g‖/‖W‖ and meanAbsUpdate lr·mean|g| (named as the records have always named them).
 */
enum CnnWeightLayer {
    CONV(Curve.of("changeConv", "step", "conv: ||W - W0|| / scale"),
            Curve.of("absChangeConv", "step", "conv: ||W - W0||"),
            Curve.of("gradRmsConv", "step", "conv: per-weight gradient RMS"),
            Curve.of("updateRatioConv", "step", "conv: lr ||g|| / ||W||"),
            Curve.of("meanAbsUpdateConv", "step", "conv: lr mean|g|")),
    DENSE(Curve.of("changeDense", "step", "dense: ||W - W0|| / scale"),
            Curve.of("absChangeDense", "step", "dense: ||W - W0||"),
            Curve.of("gradRmsDense", "step", "dense: per-weight gradient RMS"),
            Curve.of("updateRatioDense", "step", "dense: lr ||g|| / ||W||"),
            Curve.of("meanAbsUpdateDense", "step", "dense: lr mean|g|")),
    OUTPUT(Curve.of("changeOut", "step", "output: ||W - W0|| / scale"),
            Curve.of("absChangeOut", "step", "output: ||W - W0||"),
            Curve.of("gradRmsOut", "step", "output: per-weight gradient RMS"),
            Curve.of("updateRatioOut", "step", "output: lr ||g|| / ||W||"),
            Curve.of("meanAbsUpdateOut", "step", "output: lr mean|g|"));

    /** The x axis of a per-layer curve. */
    static final String AXIS = "weight layer (0 conv, 1 dense, 2 output)";

    final Curve change;
    final Curve absChange;
    final Curve gradRms;
    final Curve updateRatio;
    final Curve meanAbsUpdate;

    CnnWeightLayer(Curve change, Curve absChange, Curve gradRms, Curve updateRatio, Curve meanAbsUpdate) {
        this.change = change;
        this.absChange = absChange;
        this.gradRms = gradRms;
        this.updateRatio = updateRatio;
        this.meanAbsUpdate = meanAbsUpdate;
    }

    /** This layer's value in a per-layer curve; NaN when the curve is missing or too short. */
    double in(Series perLayer) {
        return perLayer == null || perLayer.size() <= ordinal() ? Double.NaN : perLayer.y()[ordinal()];
    }

    /** The median over the measured runs of {@code runs} of this layer's value in a per-layer curve. */
    <P extends GridPoint> double median(RunTable<P> runs, Curve perLayer) {
        return runs.median(r -> in(r.get(perLayer)));
    }
}
