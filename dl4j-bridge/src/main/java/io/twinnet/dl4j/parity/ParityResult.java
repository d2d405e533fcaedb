package io.twinnet.dl4j.parity;

import java.util.List;

/**
 * What one parity case measured: the core and DL4J loaded with the same parameters, compared before
 * training and along {@code steps} SGD steps on the same minibatches. Every difference is a
 * {@link RelativeDifference}.
 *
 * @param caseName             the case
 * @param precision            DL4J's precision: "double" or "float"
 * @param parameterCount       number of parameters
 * @param steps                steps run (fewer than asked only if a side diverged)
 * @param outputRelDiff        network outputs on the whole dataset, at the shared initial parameters
 * @param activationRelDiff    the largest rel over the layers' activations (feedForward, inference) on the whole dataset
 * @param scoreRelDiff         the score (mean loss) on the whole dataset at the initial parameters
 * @param gradientRelDiff      the gradient (sum over the first minibatch), blockwise, at the initial parameters
 * @param lossRelDiffMax       the largest rel of the per-step losses over all steps
 * @param parameterRelDiffMax  the largest blockwise rel of the parameters over all steps
 * @param finalParameterRelDiff the blockwise rel of the parameters after the last step
 * @param growth               the differences at the checkpoints (how the gap grows with steps)
 * @param initialLoss          the core's score on the whole dataset before training
 * @param finalCoreLoss        the core's score on the whole dataset after training
 * @param finalDl4jLoss        DL4J's score on the whole dataset after training
 * @param divergedAtStep       the first step at which either side's loss or parameters were not finite, or -1
 * @param maxRelDiff           the largest of all the differences above (+∞ if only one side diverged)
 */
public record ParityResult(String caseName, String precision, int parameterCount, int steps,
                           double outputRelDiff, double activationRelDiff, double scoreRelDiff, double gradientRelDiff,
                           double lossRelDiffMax, double parameterRelDiffMax, double finalParameterRelDiff,
                           List<StepDifference> growth, double initialLoss, double finalCoreLoss, double finalDl4jLoss,
                           int divergedAtStep, double maxRelDiff) {

    public ParityResult {
        growth = List.copyOf(growth);
    }

    /** True when nothing differs by more than {@code tolerance} (and no side diverged alone). */
    public boolean within(double tolerance) {
        return maxRelDiff <= tolerance;
    }
}
