package io.twinnet.dl4j.inits;

/**
 * One Kolmogorov–Smirnov test of the init-check family, judged by {@link HolmBonferroni}.
 *
 * @param check         "init on geometry"
 * @param comparison    {@code core vs documented}, {@code dl4j vs documented} or {@code core vs dl4j}
 * @param statistic     the KS statistic D
 * @param pValue        its p-value
 * @param holmRank      its rank k among the family's p-values (1 = smallest)
 * @param holmThreshold α/(m − k + 1)
 * @param rejected      true when Holm's step-down rejects it
 */
public record FamilyMember(String check, String comparison, double statistic, double pValue, int holmRank, double holmThreshold,
                           boolean rejected) {

    public FamilyMember {
        if (check == null || check.isBlank()) throw new IllegalArgumentException("check: is missing");
        if (comparison == null || comparison.isBlank()) throw new IllegalArgumentException("comparison: is missing");
        if (!(pValue >= 0 && pValue <= 1)) throw new IllegalArgumentException("pValue: must lie in [0, 1], got " + pValue);
        if (holmRank < 1) throw new IllegalArgumentException("holmRank: must be >= 1, got " + holmRank);
        if (!(holmThreshold > 0 && holmThreshold < 1)) throw new IllegalArgumentException("holmThreshold: must lie in (0, 1), got " + holmThreshold);
    }
}
