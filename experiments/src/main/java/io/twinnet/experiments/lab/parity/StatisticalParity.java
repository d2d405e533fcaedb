package io.twinnet.experiments.lab.parity;

import io.twinnet.dl4j.inits.HolmBonferroni;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.stats.Bootstrap;
import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.lab.stats.Medians;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Statistical parity: is each declared outcome distributed alike over seeds on the core and on DL4J,
 * configuration by configuration? Each side draws its own weights, so this is a two-sample question.
 *
 * <p>Per configuration and outcome, with d = median(core) − median(DL4J) and the declared margin δ:
 * <ul>
 *   <li>the estimate of d with its 95 % stratified percentile bootstrap interval ({@link Bootstrap},
 *       the two sides' per-seed values as the two strata);</li>
 *   <li>equivalence by two one-sided tests (TOST, Schuirmann 1987, J. Pharmacokinet. Biopharm. 15, 657):
 *       H₀⁻: d ≤ −δ and H₀⁺: d ≥ +δ, each by a one-sided {@link ShiftPermutation} test (the Wilcoxon rank sum of the
 *       shifted samples, enumerated), p = max of the two;</li>
 *   <li>difference beyond the margin: H₀: |d| ≤ δ, tested on the side the estimate lies by the same
 *       permutation test, its p-value doubled for that choice of side.</li>
 * </ul>
 * Permutation tests rather than a bootstrap or Welch's t: they are exact at the 2–10 seeds a side the
 * sweeps run (a bootstrap p-value takes the spread of a handful of seeds at face value; Welch's t tests
 * means under near-normality, which bounded accuracies and skewed losses lack); the rank-sum test judges the shift d
 * of the shift model, which the difference of medians estimates (a median-difference statistic ties on too many
 * splits to reach a family-wise level, see {@link ShiftPermutation}).
 *
 * <p>Both p-values of every testable comparison in the whole sweep form one family, judged by Holm's
 * step-down procedure ({@link HolmBonferroni}) at family-wise level {@value #FAMILY_WISE_ALPHA}: a
 * comparison is {@link ParityOutcome#EQUIVALENT} when Holm rejects non-equivalence,
 * {@link ParityOutcome#DIFFERENT} when Holm rejects "within the margin" and the bootstrap interval lies
 * wholly beyond ±δ, and {@link ParityOutcome#UNDECIDED} otherwise. An undecided comparison states n, the
 * seeds a side at which the observed spread would decide it at the strictest Holm level α/m under the
 * normal approximation of the rank-sum shift estimate's variance, var ≈ (π/3)·(s²core + s²DL4J)/n (Hodges &amp; Lehmann
 * 1963, for normal data): n = ⌈(z₁₋ₗ·√(π/3)·√(s²core + s²DL4J) / ||d| − δ|)²⌉, and at least the n at which a permutation test can
 * reach that level at all. Runs without a finite value (diverged, failed) are left out on their side; an outcome
 * that no run of a configuration recorded is not compared there.
 */
public final class StatisticalParity {
    /** The family-wise error rate over a sweep's parity tests. */
    public static final double FAMILY_WISE_ALPHA = 0.05;

    private StatisticalParity() {
    }

    /** Every configuration of {@code runs} (in their order) against every outcome; not yet judged (outcome undecided). */
    public static List<ParityComparison> compare(List<RunRecord> runs, List<OutcomeMetric> outcomes) {
        List<ParityComparison> out = new ArrayList<>();
        for (Map.Entry<String, List<RunRecord>> e : byConfig(runs).entrySet()) {
            for (OutcomeMetric o : outcomes) {
                if (!recorded(e.getValue(), o)) continue;
                out.add(compare(e.getKey(), o, values(e.getValue(), Implementation.CORE, o), values(e.getValue(), Implementation.DL4J, o)));
            }
        }
        return out;
    }

    /**
     * One implementation's outcomes in two sweeps of the same grid ({@code twinnet compare A B}, e.g. before and after a
     * change): every configuration both hold (in {@code a}'s order) against every outcome either recorded, A's seeds
     * as the first sample and B's as the second, so d = median(A) − median(B) and a relative margin is taken of B's
     * median. The comparison's {@code core…} fields then hold A's values and its {@code dl4j…} fields B's. Not yet judged.
     */
    public static List<ParityComparison> between(List<RunRecord> a, List<RunRecord> b, Implementation impl, List<OutcomeMetric> outcomes) {
        Map<String, List<RunRecord>> inA = byConfig(a);
        Map<String, List<RunRecord>> inB = byConfig(b);
        List<ParityComparison> out = new ArrayList<>();
        for (Map.Entry<String, List<RunRecord>> e : inA.entrySet()) {
            List<RunRecord> other = inB.get(e.getKey());
            if (other == null) continue;
            for (OutcomeMetric o : outcomes) {
                if (!recorded(e.getValue(), o) && !recorded(other, o)) continue;
                out.add(compare(e.getKey(), o, values(e.getValue(), impl, o), values(other, impl, o)));
            }
        }
        return out;
    }

    private static Map<String, List<RunRecord>> byConfig(List<RunRecord> runs) {
        Map<String, List<RunRecord>> byConfig = new LinkedHashMap<>();
        for (RunRecord r : runs) byConfig.computeIfAbsent(r.config().config(), k -> new ArrayList<>()).add(r);
        return byConfig;
    }

    /** One outcome of one configuration from the two sides' per-seed values (non-finite values are dropped). */
    public static ParityComparison compare(String config, OutcomeMetric outcome, double[] core, double[] dl4j) {
        double[] x = Arrays.stream(core).filter(Double::isFinite).toArray();
        double[] y = Arrays.stream(dl4j).filter(Double::isFinite).toArray();
        String metric = outcome.metric().name();
        long seed = (config + "/" + metric).hashCode();
        double margin = outcome.margin().resolve(Medians.of(y));
        Estimate difference = Bootstrap.seeded(seed).estimate(List.of(x, y), Medians::difference);
        double spread = x.length < 2 || y.length < 2 ? Double.NaN : Math.sqrt(new Variance().evaluate(x) + new Variance().evaluate(y));
        String note = x.length < 2 || y.length < 2 ? "fewer than two seeds with a value on a side"
                : Double.isNaN(margin) ? "the relative margin has no reference (DL4J's median is 0)" : "";
        double pEquivalence = 1;
        double pDifferent = 1;
        if (note.isEmpty()) {
            pEquivalence = Math.max(ShiftPermutation.greater(x, y, -margin, seed), ShiftPermutation.less(x, y, margin, seed));
            double oneSided = difference.value() >= 0 ? ShiftPermutation.greater(x, y, margin, seed)
                    : ShiftPermutation.less(x, y, -margin, seed);
            pDifferent = Math.min(1, 2 * oneSided);
        }
        return new ParityComparison(config, metric, margin, outcome.margin().format(), x.length, y.length, Medians.of(x), Medians.of(y),
                difference, spread, pEquivalence, pDifferent, ParityOutcome.UNDECIDED, 0, note);
    }

    /**
     * Judges every experiment's comparisons as one Holm family at {@link #FAMILY_WISE_ALPHA}; the lists come back in
     * the same shape, each comparison with its outcome.
     */
    public static List<List<ParityComparison>> familyWise(List<List<ParityComparison>> experiments) {
        List<ParityComparison> testable = experiments.stream().flatMap(List::stream).filter(c -> c.note().isEmpty()).toList();
        double[] p = new double[2 * testable.size()];
        for (int i = 0; i < testable.size(); i++) {
            p[2 * i] = testable.get(i).pEquivalence();
            p[2 * i + 1] = testable.get(i).pDifferent();
        }
        HolmBonferroni holm = HolmBonferroni.of(FAMILY_WISE_ALPHA, p);
        Map<ParityComparison, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < testable.size(); i++) index.put(testable.get(i), i);
        List<List<ParityComparison>> out = new ArrayList<>();
        for (List<ParityComparison> list : experiments) {
            List<ParityComparison> judged = new ArrayList<>();
            for (ParityComparison c : list) {
                Integer i = index.get(c);
                if (i == null) judged.add(c.judged(ParityOutcome.UNDECIDED, -1));
                else if (holm.rejected().get(2 * i)) judged.add(c.judged(ParityOutcome.EQUIVALENT, 0));
                else if (holm.rejected().get(2 * i + 1) && c.intervalBeyondMargin()) judged.add(c.judged(ParityOutcome.DIFFERENT, 0));
                else judged.add(c.judged(ParityOutcome.UNDECIDED, seedsToDecide(c, holm.strictestThreshold())));
            }
            out.add(List.copyOf(judged));
        }
        return List.copyOf(out);
    }

    /** The seeds a side that would decide {@code c} at one-sided level {@code level} (see the class comment); −1 when none would. */
    static int seedsToDecide(ParityComparison c, double level) {
        double gap = Math.abs(Math.abs(c.difference().value()) - c.margin());
        if (!(gap > 0) || !Double.isFinite(c.spread())) return -1;
        boolean towardsDifferent = Math.abs(c.difference().value()) > c.margin();
        double side = towardsDifferent ? level / 2 : level; // the difference test's p-value is doubled
        if (side < ShiftPermutation.smallestP(ShiftPermutation.MAX_SEEDS)) return -1;
        int permutation = 2;
        while (ShiftPermutation.smallestP(permutation) > side) permutation++;
        double z = new NormalDistribution().inverseCumulativeProbability(1 - side);
        double n = Math.ceil(Math.pow(z * Math.sqrt(Math.PI / 3) * c.spread() / gap, 2));
        int current = Math.max(c.coreSeeds(), c.dl4jSeeds());
        return (int) Math.max(Math.max(n, permutation), current + 1);
    }

    /** How many comparisons ended in each outcome. */
    public static Map<ParityOutcome, Integer> counts(List<ParityComparison> comparisons) {
        Map<ParityOutcome, Integer> counts = new java.util.EnumMap<>(ParityOutcome.class);
        for (ParityOutcome o : ParityOutcome.values()) counts.put(o, 0);
        for (ParityComparison c : comparisons) counts.merge(c.outcome(), 1, Integer::sum);
        return counts;
    }

    /** True when some run recorded {@code outcome} on some side (a trial that never measures it is not compared). */
    private static boolean recorded(List<RunRecord> runs, OutcomeMetric outcome) {
        return runs.stream().flatMap(r -> r.sides().values().stream()).anyMatch(outcome::recordedBy);
    }

    /** Per-seed values of {@code outcome} on {@code impl} (NaN for a run this side did not finish). */
    private static double[] values(List<RunRecord> runs, Implementation impl, OutcomeMetric outcome) {
        return runs.stream().mapToDouble(r -> outcome.value(r.sides().get(impl))).toArray();
    }
}
