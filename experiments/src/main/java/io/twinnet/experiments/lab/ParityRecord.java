package io.twinnet.experiments.lab;

/**
 * Exact-parity figures of a run: DL4J loaded with the core's initial parameters, both fed the same
 * first {@code steps} minibatches. Relative differences are the bridge's
 * {@code io.twinnet.dl4j.parity.RelativeDifference}: max|a−b| / max(max|a|, max|b|) over the compared
 * arrays, block by block for parameters.
 *
 * @param steps         SGD steps compared
 * @param precision     DL4J's data type for the comparison
 * @param outputRelDiff outputs at the shared initial parameters
 * @param lossRelDiff   worst per-step loss difference over the steps
 * @param paramRelDiff  parameters after the last compared step
 */
public record ParityRecord(int steps, String precision, double outputRelDiff, double lossRelDiff, double paramRelDiff) {

    /** The worst of the three differences. */
    public double maxRelDiff() {
        return Math.max(outputRelDiff, Math.max(lossRelDiff, paramRelDiff));
    }
}
