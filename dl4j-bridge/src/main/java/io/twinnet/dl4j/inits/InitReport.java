package io.twinnet.dl4j.inits;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of an init-distribution run over several schemes and geometries, judged as one family.
 *
 * <p>Every random check contributes three KS p-values (core and DL4J against the documented CDF, core against
 * DL4J); these m p-values are the family, corrected with Holm's step-down procedure ({@link HolmBonferroni}) at
 * the family-wise level α: the chance that a run of correct initialisers is reported as failing is at most α.
 * Exact schemes are not tests but equalities: any mismatch fails the run. The controls (a ×√2 sampler) are not
 * part of the family; each must be rejected at α/m.
 *
 * @param samples          weights drawn per implementation, scheme and geometry (random schemes)
 * @param seed             the run seed every stream is derived from ({@link CheckSeeds})
 * @param correction       the name of the correction, {@value #CORRECTION}
 * @param familyWiseAlpha  α
 * @param familySize       m, the number of KS p-values in the family
 * @param holmRejections   how many of them Holm rejects
 * @param exactFailures    exact checks with at least one mismatching weight
 * @param passed           true when Holm rejects nothing and no exact check fails
 * @param controlThreshold α/m, the level each control must be rejected at
 * @param controlsRejected true when every control is rejected (the run could see a √2 error)
 * @param minPValue        the smallest p-value of the family (1 when there are only exact schemes)
 * @param worstCheck       "init on geometry" of the check with that p-value, or of the first exact check that failed ("" if none)
 * @param checks           one per (scheme, geometry), in the order run
 * @param family           the family's p-values with their Holm rank, threshold and verdict, in check order
 * @param controls         the mis-scaled samplers' checks, apart from the family
 */
public record InitReport(int samples, long seed, String correction, double familyWiseAlpha, int familySize, int holmRejections,
                         int exactFailures, boolean passed, double controlThreshold, boolean controlsRejected, double minPValue,
                         String worstCheck, List<InitCheck> checks, List<FamilyMember> family, List<ControlCheck> controls) {

    /** The family-wise correction applied. */
    public static final String CORRECTION = "Holm-Bonferroni step-down";

    public InitReport {
        checks = List.copyOf(checks);
        family = List.copyOf(family);
        controls = List.copyOf(controls);
        if (familySize != family.size()) throw new IllegalArgumentException("familySize: " + familySize + " but " + family.size() + " members");
        if (!(familyWiseAlpha > 0 && familyWiseAlpha < 1)) {
            throw new IllegalArgumentException("familyWiseAlpha: must lie in (0, 1), got " + familyWiseAlpha);
        }
    }

    /** The number of p-values a list of checks contributes to the family: three per random check. */
    public static int familySize(List<InitCheck> checks) {
        return 3 * (int) checks.stream().filter(c -> !c.exact()).count();
    }

    /** Judges {@code checks} as one Holm family at {@code familyWiseAlpha}; {@code controls} are reported apart. */
    public static InitReport of(int samples, long seed, double familyWiseAlpha, List<InitCheck> checks, List<ControlCheck> controls) {
        List<String> names = new ArrayList<>();
        List<String> comparisons = new ArrayList<>();
        List<KsOutcome> outcomes = new ArrayList<>();
        int exactFailures = 0;
        String firstExactFailure = "";
        for (InitCheck c : checks) {
            String name = c.init() + " on " + c.geometry();
            if (c.exact()) {
                if (c.coreMismatches() != 0 || c.dl4jMismatches() != 0) {
                    exactFailures++;
                    if (firstExactFailure.isEmpty()) firstExactFailure = name;
                }
                continue;
            }
            String[] what = {"core vs documented", "dl4j vs documented", "core vs dl4j"};
            KsOutcome[] ks = {c.coreVsDocumented(), c.dl4jVsDocumented(), c.coreVsDl4j()};
            for (int i = 0; i < 3; i++) {
                names.add(name);
                comparisons.add(what[i]);
                outcomes.add(ks[i]);
            }
        }
        double[] p = outcomes.stream().mapToDouble(KsOutcome::pValue).toArray();
        HolmBonferroni holm = HolmBonferroni.of(familyWiseAlpha, p);
        List<FamilyMember> family = new ArrayList<>();
        double minP = 1;
        String worst = "";
        for (int i = 0; i < p.length; i++) {
            family.add(new FamilyMember(names.get(i), comparisons.get(i), outcomes.get(i).statistic(), p[i], holm.ranks().get(i),
                    holm.thresholds().get(i), holm.rejected().get(i)));
            if (p[i] < minP) {
                minP = p[i];
                worst = names.get(i);
            }
        }
        double controlThreshold = holm.strictestThreshold();
        for (ControlCheck c : controls) {
            if (c.threshold() != controlThreshold) {
                throw new IllegalArgumentException("controls: threshold must be alpha/m = " + controlThreshold + ", got " + c.threshold());
            }
        }
        boolean passed = holm.rejections() == 0 && exactFailures == 0;
        return new InitReport(samples, seed, CORRECTION, familyWiseAlpha, p.length, holm.rejections(), exactFailures, passed,
                controlThreshold, controls.stream().allMatch(ControlCheck::rejected), minP, firstExactFailure.isEmpty() ? worst : firstExactFailure,
                checks, family, controls);
    }
}
