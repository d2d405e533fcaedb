package io.twinnet.dl4j;

import io.twinnet.core.spec.LearningRateSchedule;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * The DL4J updater for a spec's training rule: plain SGD ({@code Sgd}) whose learning rate follows the
 * spec's schedule per iteration ({@code ScheduleType.ITERATION}, one iteration per minibatch, from 0):
 * fixed → {@code Sgd(lr)}; step → {@code StepSchedule}: lr₀·decayRate^⌊t/step⌋;
 * exponential → {@code ExponentialSchedule}: lr₀·γ^t.
 */
public final class Dl4jUpdaters {
    private Dl4jUpdaters() {
    }

    /** {@code Sgd} with the learning rate, or learning-rate schedule, of {@code schedule}. */
    public static Sgd sgd(LearningRateSchedule schedule) {
        return switch (schedule.kind()) {
            case FIXED -> new Sgd(schedule.initial());
            case STEP -> new Sgd(new StepSchedule(ScheduleType.ITERATION, schedule.initial(), schedule.decayRate(), schedule.step()));
            case EXPONENTIAL -> new Sgd(new ExponentialSchedule(ScheduleType.ITERATION, schedule.initial(), schedule.decayRate()));
        };
    }
}
