package io.twinnet.dl4j.inits;

import java.util.List;

/**
 * The results of an init-distribution run over several schemes and geometries.
 *
 * @param samples    weights drawn per implementation, scheme and geometry (random schemes)
 * @param seed       the first seed of the draws
 * @param alpha      the significance level: a check passes when every p-value exceeds it
 * @param checks     one per (scheme, geometry), in the order run
 * @param passed     true when every check passed at {@code alpha}
 * @param minPValue  the smallest p-value of all checks (1 when there are only exact schemes)
 * @param worstCheck "init on geometry" of the check with that p-value, or of the first exact check that failed ("" if none)
 */
public record InitReport(int samples, long seed, double alpha, List<InitCheck> checks, boolean passed, double minPValue,
                         String worstCheck) {

    public InitReport {
        checks = List.copyOf(checks);
    }

    /** Summarises {@code checks}. */
    public static InitReport of(int samples, long seed, double alpha, List<InitCheck> checks) {
        boolean passed = true;
        double minP = 1;
        String worst = "";
        String firstExactFailure = "";
        for (InitCheck c : checks) {
            passed &= c.passed(alpha);
            if (c.exact() && !c.passed(alpha) && firstExactFailure.isEmpty()) firstExactFailure = c.init() + " on " + c.geometry();
            if (c.minPValue() < minP) {
                minP = c.minPValue();
                worst = c.init() + " on " + c.geometry();
            }
        }
        return new InitReport(samples, seed, alpha, checks, passed, minP, firstExactFailure.isEmpty() ? worst : firstExactFailure);
    }
}
