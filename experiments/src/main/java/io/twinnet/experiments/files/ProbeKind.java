package io.twinnet.experiments.files;

import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.DeadUnitProbe;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Scalar;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a file may ask to record beside the loss and accuracy every training run records
 * ({@link Metrics}), with the measurement keys each adds; claims and figures name these keys.
 */
public enum ProbeKind {
    /** The always-recorded curves and scalars of {@link io.twinnet.experiments.lab.TrainingTrial}. */
    LOSS_AND_ACCURACY("lossAndAccuracy", List.of(Metrics.TRAIN_LOSS, Metrics.EVAL_LOSS, Metrics.EVAL_ACCURACY),
            List.of(Metrics.FINAL_EVAL_ACCURACY, Metrics.FINAL_EVAL_LOSS, Metrics.STEPS)),
    /** {@link DeadUnitProbe}: units zero on every evaluation example. */
    DEAD_UNITS("deadUnits", List.of(DeadUnitProbe.DEAD_HIDDEN, DeadUnitProbe.DEAD_OUTPUT),
            List.of(DeadUnitProbe.FINAL_DEAD_HIDDEN, DeadUnitProbe.FINAL_DEAD_OUTPUT)),
    /** {@link ParameterProbe}'s gradient norms per layer. */
    GRADIENT_NORMS("gradientNorms", List.of(ParameterProbe.FIRST_LAYER_GRADIENT, ParameterProbe.LAST_LAYER_GRADIENT, ParameterProbe.GRADIENT_BY_LAYER),
            List.of(ParameterProbe.FINAL_FIRST_LAYER_GRADIENT)),
    /** {@link ParameterProbe}'s weight change and update/parameter ratio. */
    WEIGHT_CHANGE("weightChange", List.of(ParameterProbe.WEIGHT_CHANGE, ParameterProbe.UPDATE_RATIO, ParameterProbe.WEIGHT_CHANGE_BY_LAYER),
            List.of(ParameterProbe.FINAL_WEIGHT_CHANGE));

    private final String label;
    private final List<Curve> curves;
    private final List<Scalar> scalars;

    ProbeKind(String label, List<Curve> curves, List<Scalar> scalars) {
        this.label = label;
        this.curves = curves;
        this.scalars = scalars;
    }

    public String label() {
        return label;
    }

    public List<Curve> curves() {
        return curves;
    }

    public List<Scalar> scalars() {
        return scalars;
    }

    /** The probe a file names, e.g. {@code deadUnits}. */
    public static Optional<ProbeKind> parse(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }
}
