package io.twinnet.core.spec;

/**
 * The learning rate as a function of the iteration t (one iteration = one minibatch, counted from 0),
 * with DL4J's {@code ScheduleType.ITERATION} semantics:
 * <ul>
 *   <li>fixed: lr(t) = lr₀;</li>
 *   <li>step (DL4J {@code StepSchedule}): lr(t) = lr₀ · decayRate^⌊t/step⌋;</li>
 *   <li>exponential (DL4J {@code ExponentialSchedule}): lr(t) = lr₀ · decayRate^t.</li>
 * </ul>
 *
 * @param kind      the schedule
 * @param initial   lr₀ &gt; 0
 * @param decayRate the factor per step (step, exponential), in (0, 1]; 1 for fixed
 * @param step      iterations per decay (step only; 1 otherwise)
 */
public record LearningRateSchedule(ScheduleKind kind, double initial, double decayRate, int step) {

    public LearningRateSchedule {
        if (kind == null) throw new SpecException("kind", "is missing");
        SpecException.requirePositive(initial, "learningRate");
        if (kind == ScheduleKind.FIXED) {
            decayRate = 1;
            step = 1;
        } else {
            SpecException.require(Double.isFinite(decayRate) && decayRate > 0 && decayRate <= 1, "decayRate",
                    "must lie in (0, 1], got " + decayRate);
            if (kind == ScheduleKind.STEP) {
                SpecException.requirePositive(step, "step");
            } else {
                step = 1;
            }
        }
    }

    public static LearningRateSchedule fixed(double learningRate) {
        return new LearningRateSchedule(ScheduleKind.FIXED, learningRate, 1, 1);
    }

    public static LearningRateSchedule step(double learningRate, double decayRate, int step) {
        return new LearningRateSchedule(ScheduleKind.STEP, learningRate, decayRate, step);
    }

    public static LearningRateSchedule exponential(double learningRate, double decayRate) {
        return new LearningRateSchedule(ScheduleKind.EXPONENTIAL, learningRate, decayRate, 1);
    }

    /** The learning rate at iteration {@code t} (0-based). */
    public double valueAt(long t) {
        return switch (kind) {
            case FIXED -> initial;
            case STEP -> initial * Math.pow(decayRate, Math.floor((double) t / step));
            case EXPONENTIAL -> initial * Math.pow(decayRate, t);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case FIXED -> "lr=" + initial;
            case STEP -> "lr=" + initial + "*" + decayRate + "^floor(t/" + step + ")";
            case EXPONENTIAL -> "lr=" + initial + "*" + decayRate + "^t";
        };
    }
}
