package io.twinnet.experiments.catalog;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SeriesBuilder;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.experiments.lab.TwinRun;
import java.util.Map;

/**
 * Counts dead units at every checkpoint: a unit is dead when its activation is exactly zero on
 * every example of a fixed probe set (for a ReLU unit: its pre-activation is &le; 0 everywhere, so
 * no example sends a gradient through it and, once there, it cannot come back). Records the dead
 * fraction of the first hidden layer and of the output layer against the step, as the series
 * {@code deadHiddenFraction} and {@code deadOutputFraction}, and their final values as scalars.
 */
final class DeadUnitProbe implements TwinRun.Probe {
    private final Dataset probe;
    private final SeriesBuilder hidden = new SeriesBuilder();
    private final SeriesBuilder output = new SeriesBuilder();

    DeadUnitProbe(Dataset probe) {
        this.probe = probe;
    }

    @Override
    public void at(long step, TwinNetwork net) {
        double[][] acts = net.activations(probe.features(), probe.size());
        hidden.add(step, deadFraction(acts[1], probe.size()));
        output.add(step, deadFraction(acts[acts.length - 1], probe.size()));
    }

    @Override
    public void record(Map<String, Double> scalars, Map<String, Series> series) {
        Series h = hidden.build();
        Series o = output.build();
        series.put("deadHiddenFraction", h);
        series.put("deadOutputFraction", o);
        scalars.put("finalDeadHiddenFraction", h.last());
        scalars.put("finalDeadOutputFraction", o.last());
    }

    /** Fraction of the columns of a row-major {@code rows × units} matrix that are exactly zero in every row. */
    static double deadFraction(double[] activations, int rows) {
        int units = activations.length / rows;
        int dead = 0;
        for (int u = 0; u < units; u++) {
            boolean zero = true;
            for (int r = 0; r < rows && zero; r++) zero = activations[r * units + u] == 0.0;
            if (zero) dead++;
        }
        return (double) dead / units;
    }
}
