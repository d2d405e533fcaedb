package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;

/**
 * Counts dead units at every checkpoint: a unit is dead when its activation is exactly zero on
 * every example of a fixed probe set (for a ReLU unit: its pre-activation is &le; 0 everywhere, so
 * no example sends a gradient through it and, once there, it cannot come back). Records the dead
 * fraction of the first hidden layer and of the output layer against the step, and their values at
 * the last checkpoint.
 */
public final class DeadUnitProbe implements TrainingTrial.Probe {
    public static final Curve DEAD_HIDDEN = Curve.of("deadHiddenFraction", "step", "fraction of first-layer hidden units dead on the probe set");
    public static final Curve DEAD_OUTPUT = Curve.of("deadOutputFraction", "step", "fraction of output units dead on the probe set");
    public static final Scalar FINAL_DEAD_HIDDEN = Scalar.of("finalDeadHiddenFraction",
            "fraction of first-layer hidden units that are zero on every probe image at the last checkpoint");
    public static final Scalar FINAL_DEAD_OUTPUT = Scalar.of("finalDeadOutputFraction",
            "fraction of output units that are zero on every probe image at the last checkpoint");

    private final Dataset probe;
    private final SeriesBuilder hidden = new SeriesBuilder();
    private final SeriesBuilder output = new SeriesBuilder();

    public DeadUnitProbe(Dataset probe) {
        this.probe = probe;
    }

    @Override
    public void at(long step, TwinNetwork net) {
        double[][] acts = net.activations(probe.features(), probe.size());
        hidden.add(step, deadFraction(acts[1], probe.size()));
        output.add(step, deadFraction(acts[acts.length - 1], probe.size()));
    }

    @Override
    public void record(Measurements into) {
        Series h = hidden.build();
        Series o = output.build();
        into.put(DEAD_HIDDEN, h).put(DEAD_OUTPUT, o).put(FINAL_DEAD_HIDDEN, h.last()).put(FINAL_DEAD_OUTPUT, o.last());
    }

    /** Fraction of the columns of a row-major {@code rows × units} matrix that are exactly zero in every row. */
    public static double deadFraction(double[] activations, int rows) {
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
