package io.twinnet.dl4j.parity;

/**
 * The worst {@link RelativeDifference}s of a short shared trajectory ({@link ParityEngine#trajectory}): both
 * sides start from the same parameters and take the same first minibatches.
 *
 * @param steps      the number of SGD steps compared
 * @param output     outputs on the first minibatch, before any step
 * @param loss       the largest difference of the losses {@code fit} returned, over the steps (NaN wins)
 * @param parameters the parameters after the last step, block by block
 */
public record TrajectoryParity(int steps, double output, double loss, double parameters) {
    public TrajectoryParity {
        if (steps < 0) throw new IllegalArgumentException("steps: must be >= 0, got " + steps);
    }
}
