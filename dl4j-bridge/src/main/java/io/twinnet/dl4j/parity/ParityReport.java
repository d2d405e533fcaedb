package io.twinnet.dl4j.parity;

import java.util.List;

/**
 * The results of a parity run over several cases.
 *
 * @param precision  DL4J's precision: "double" or "float"
 * @param steps      SGD steps per case
 * @param results    one per case, in the order run
 * @param maxRelDiff the worst case's {@link ParityResult#maxRelDiff()} (0 for no cases)
 * @param worstCase  the name of that case ("" for no cases)
 */
public record ParityReport(String precision, int steps, List<ParityResult> results, double maxRelDiff, String worstCase) {

    public ParityReport {
        results = List.copyOf(results);
    }

    /** Summarises {@code results}: finds the worst case. */
    public static ParityReport of(String precision, int steps, List<ParityResult> results) {
        double worst = 0;
        String name = "";
        for (ParityResult r : results) {
            if (!(r.maxRelDiff() <= worst)) {
                worst = r.maxRelDiff();
                name = r.caseName();
            }
        }
        return new ParityReport(precision, steps, results, worst, name);
    }

    /** True when every case is within {@code tolerance}. */
    public boolean within(double tolerance) {
        return maxRelDiff <= tolerance;
    }
}
