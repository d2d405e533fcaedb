package io.twinnet.dl4j;

import io.twinnet.core.spec.LearningRateSchedule;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Updater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * The DL4J updater for a spec's training rule, {@code Sgd} or {@code Adam}, whose learning rate follows the
 * spec's schedule per iteration ({@code ScheduleType.ITERATION}, one iteration per minibatch, from 0):
 * fixed → the plain rate; step → {@code StepSchedule}: lr₀·decayRate^⌊t/step⌋;
 * exponential → {@code ExponentialSchedule}: lr₀·γ^t. Adam takes the spec's β₁, β₂ and ε.
 */
public final class Dl4jUpdaters {
    private Dl4jUpdaters() {
    }

    /** The DL4J updater of {@code spec}: its {@link Updater} with its learning-rate schedule. */
    public static IUpdater of(NetworkSpec spec) {
        if (spec.updater() instanceof Updater.Adam a) return adam(a, spec.learningRate());
        return sgd(spec.learningRate());
    }

    /** {@code Sgd} with the learning rate, or learning-rate schedule, of {@code schedule}. */
    public static Sgd sgd(LearningRateSchedule schedule) {
        ISchedule s = schedule(schedule);
        return s == null ? new Sgd(schedule.initial()) : new Sgd(s);
    }

    /** {@code Adam} with the constants of {@code config} and the learning rate, or schedule, of {@code schedule}. */
    public static Adam adam(Updater.Adam config, LearningRateSchedule schedule) {
        ISchedule s = schedule(schedule);
        Adam adam = new Adam(schedule.initial(), config.beta1(), config.beta2(), config.epsilon());
        if (s != null) adam.setLrAndSchedule(Double.NaN, s);
        return adam;
    }

    /** DL4J's schedule for a decaying rate; null for a fixed one. */
    private static ISchedule schedule(LearningRateSchedule schedule) {
        return switch (schedule.kind()) {
            case FIXED -> null;
            case STEP -> new StepSchedule(ScheduleType.ITERATION, schedule.initial(), schedule.decayRate(), schedule.step());
            case EXPONENTIAL -> new ExponentialSchedule(ScheduleType.ITERATION, schedule.initial(), schedule.decayRate());
        };
    }
}
