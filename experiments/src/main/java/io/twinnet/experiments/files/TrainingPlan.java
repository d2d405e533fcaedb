package io.twinnet.experiments.files;

/**
 * The budget and cadence of each run: SGD steps (or whole epochs) at a minibatch size, an
 * evaluation every {@code evaluateEvery} steps (and at step 0 and at the end), and exact parity of
 * the two implementations over the first {@code paritySteps} minibatches.
 *
 * @param steps         SGD steps; 0 when the budget is given in epochs
 * @param epochs        passes over the training set; 0 when the budget is given in steps
 * @param evaluateEvery steps between evaluations; 0 for the default (a twentieth of the run)
 */
public record TrainingPlan(int steps, int epochs, int minibatch, int evaluateEvery, int paritySteps) {
    /** Defaults when the file leaves them out. */
    public static final int DEFAULT_MINIBATCH = 32;
    public static final int DEFAULT_PARITY_STEPS = 20;
    public static final int DEFAULT_EVALUATIONS = 20;

    public TrainingPlan {
        if ((steps > 0) == (epochs > 0)) throw new IllegalArgumentException("steps, epochs: give exactly one of the two, as a positive integer");
        if (minibatch < 1) throw new IllegalArgumentException("minibatch: must be at least 1, got " + minibatch);
        if (evaluateEvery < 0) throw new IllegalArgumentException("evaluateEvery: must not be negative, got " + evaluateEvery);
        if (paritySteps < 0) throw new IllegalArgumentException("paritySteps: must not be negative, got " + paritySteps);
    }

    /** The number of SGD steps over a training set of {@code trainSize} examples. */
    public int stepsFor(int trainSize) {
        if (steps > 0) return steps;
        return epochs * ((trainSize + minibatch - 1) / minibatch);
    }

    /** Epochs of shuffled minibatches needed to cover {@link #stepsFor} steps. */
    public int epochsFor(int trainSize) {
        if (epochs > 0) return epochs;
        int perEpoch = (trainSize + minibatch - 1) / minibatch;
        return (steps + perEpoch - 1) / perEpoch;
    }

    /** Steps between checkpoints for a run of {@code total} steps. */
    public int checkpointEvery(int total) {
        return evaluateEvery > 0 ? evaluateEvery : Math.max(1, total / DEFAULT_EVALUATIONS);
    }
}
