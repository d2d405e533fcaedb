package io.twinnet.experiments.lab;

import java.util.Map;

/**
 * What {@link TrainingProtocol} recorded for one implementation.
 *
 * @param status         ok or diverged
 * @param divergedAtStep the step whose score or parameters were not finite, or -1
 * @param series         trainLoss (mean minibatch score since the previous checkpoint), evalLoss and
 *                       evalAccuracy at each checkpoint, against the step
 * @param finalEvalAccuracy accuracy on the evaluation set at the end (NaN when diverged)
 * @param finalEvalLoss  loss on the evaluation set at the end
 * @param steps          steps run
 */
public record TrainingLog(RunStatus status, long divergedAtStep, Map<String, Series> series, double finalEvalAccuracy,
                          double finalEvalLoss, long steps) {
}
