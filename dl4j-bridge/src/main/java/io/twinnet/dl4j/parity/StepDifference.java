package io.twinnet.dl4j.parity;

/**
 * The difference between the core's and DL4J's trajectories at one step (see {@link RelativeDifference}).
 *
 * @param step                  steps taken (1 = after the first update)
 * @param lossRelDiff           rel of the two scores returned by this step's {@code fit} (the loss before the update)
 * @param parameterRelDiff      blockwise rel of the two parameter vectors after this step's update
 * @param maxLossRelDiff        the largest lossRelDiff over steps 1..step
 * @param maxParameterRelDiff   the largest parameterRelDiff over steps 1..step
 */
public record StepDifference(int step, double lossRelDiff, double parameterRelDiff, double maxLossRelDiff, double maxParameterRelDiff) {
}
