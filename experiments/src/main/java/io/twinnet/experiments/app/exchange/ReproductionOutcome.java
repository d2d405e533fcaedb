package io.twinnet.experiments.app.exchange;

import java.util.List;

/**
 * The verdict of {@link ReproductionDiff}: did a re-run of a sweep give the same records?
 *
 * @param runsCompared          run records found in both documents
 * @param coreValuesCompared    core scalars and series points compared
 * @param dl4jValuesCompared    DL4J scalars, series points and parity figures compared
 * @param coreBitIdentical      every core value equal bit for bit (and the same statuses)
 * @param dl4jBitIdentical      every DL4J value and parity figure equal bit for bit
 * @param dl4jWithinTolerance   every DL4J value within {@code dl4jTolerance} (relative), every parity figure within it (absolute)
 * @param dl4jDifferingValues   how many DL4J values (and parity figures) were not bit-identical
 * @param dl4jMaxRelDiff        the largest relative difference among them (0 when bit-identical)
 * @param dl4jTolerance         the tolerance that was applied
 * @param verdictsEqual         every claim has the same verdict for each implementation in both documents
 * @param structureEqual        the same experiments, runs, scalar and series names and statuses in both
 * @param differences           every difference that breaks the reproduction, in document order
 */
public record ReproductionOutcome(int runsCompared, long coreValuesCompared, long dl4jValuesCompared,
                                  boolean coreBitIdentical, boolean dl4jBitIdentical, boolean dl4jWithinTolerance,
                                  long dl4jDifferingValues, double dl4jMaxRelDiff, double dl4jTolerance,
                                  boolean verdictsEqual, boolean structureEqual, List<Difference> differences) {

    public ReproductionOutcome {
        differences = List.copyOf(differences);
    }

    /** Core bit-identical, DL4J within tolerance, the same verdicts and the same runs. */
    public boolean matches() {
        return coreBitIdentical && dl4jWithinTolerance && verdictsEqual && structureEqual;
    }
}
