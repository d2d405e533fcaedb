package io.twinnet.dl4j.inits;

/**
 * The check of one weight-initialisation scheme on one layer geometry: the core's and DL4J's samples
 * against the documented distribution, and against each other.
 *
 * <p>For a random scheme (normal or uniform) the three {@link KsOutcome}s are filled and the mismatch counts
 * are 0; for an exact scheme (zero, ones, constant, identity) the KS fields are {@code null} and the mismatch
 * counts say how many drawn weights differ from the documented value. Whether a p-value is small enough to
 * reject is decided over the whole family of checks ({@link InitReport}), not here.
 *
 * @param init             the scheme with its parameters, as the spec prints it (e.g. {@code xavier}, {@code N(0.0, std=0.01)})
 * @param geometry         the layer geometry's name
 * @param fanIn            fan-in given to both initialisers
 * @param fanOut           fan-out given to both initialisers
 * @param samples          weights drawn per implementation
 * @param documented       the documented distribution with its numbers
 * @param exact            true for exact schemes (checked by equality)
 * @param coreVsDocumented KS of the core's sample against the documented CDF
 * @param dl4jVsDocumented KS of DL4J's sample against the documented CDF
 * @param coreVsDl4j       two-sample KS of the core's sample against DL4J's
 * @param documentedStd    the documented standard deviation (0 for exact schemes)
 * @param coreStd          the core sample's standard deviation
 * @param dl4jStd          DL4J's sample standard deviation
 * @param coreMaxDeviation max |w − documented location| over the core's sample (for a uniform: close to the half-width)
 * @param dl4jMaxDeviation the same for DL4J's sample
 * @param coreMismatches   exact schemes: weights of the core differing from the documented value
 * @param dl4jMismatches   exact schemes: weights of DL4J differing from the documented value
 */
public record InitCheck(String init, String geometry, double fanIn, double fanOut, int samples, String documented,
                        boolean exact, KsOutcome coreVsDocumented, KsOutcome dl4jVsDocumented, KsOutcome coreVsDl4j,
                        double documentedStd, double coreStd, double dl4jStd,
                        double coreMaxDeviation, double dl4jMaxDeviation,
                        long coreMismatches, long dl4jMismatches) {

    /** The smallest of the three p-values (1 for an exact scheme). */
    public double minPValue() {
        if (exact) return 1;
        return Math.min(coreVsDocumented.pValue(), Math.min(dl4jVsDocumented.pValue(), coreVsDl4j.pValue()));
    }
}
