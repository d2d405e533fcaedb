package io.twinnet.experiments.app.exchange;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.parity.ParityComparison;
import io.twinnet.experiments.lab.parity.ParityOutcome;
import io.twinnet.experiments.lab.parity.StatisticalParity;
import io.twinnet.experiments.lab.stats.Estimate;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Statistical parity between two sweeps ({@code twinnet compare A B}; e.g. the same sweep before and after a change
 * to DL4J or to the core): per experiment both hold, per implementation separately (A's core against B's core, A's
 * DL4J against B's DL4J), per configuration and declared outcome, A's seeds against B's with the machinery of the
 * core-against-DL4J comparison ({@link StatisticalParity}: difference of medians with its bootstrap interval, TOST
 * by exact permutation against the declared margin, a relative margin taken of B's median), every p-value of the
 * whole comparison one Holm family.
 */
public final class SweepParity {

    /**
     * One comparison of A's seeds against B's.
     *
     * @param experiment     the experiment's id
     * @param implementation whose outcomes ({@code core} or {@code dl4j})
     * @param config         the configuration's id
     * @param metric         the outcome's scalar name
     * @param marginRule     the declared margin, e.g. "±0.02"
     * @param margin         δ for this configuration (NaN when a relative margin had no reference)
     * @param seedsA         A's seeds with a finite value
     * @param seedsB         B's seeds with a finite value
     * @param medianA        median of A's values
     * @param medianB        median of B's values
     * @param difference     median(A) − median(B) with its 95 % bootstrap interval
     * @param pEquivalence   the TOST p-value
     * @param pDifferent     the p-value of a difference beyond δ
     * @param outcome        equivalent, different or undecided after Holm over the whole comparison
     * @param seedsToDecide  for an undecided one, the seeds a side that would decide it at the observed spread (−1: none)
     * @param note           why it could not be tested, else empty
     */
    public record Row(String experiment, String implementation, String config, String metric, String marginRule, double margin,
                      int seedsA, int seedsB, double medianA, double medianB, Estimate difference, double pEquivalence,
                      double pDifferent, ParityOutcome outcome, int seedsToDecide, String note) {

        static Row of(String experiment, Implementation impl, ParityComparison c) {
            return new Row(experiment, impl.label(), c.config(), c.metric(), c.marginRule(), c.margin(), c.coreSeeds(), c.dl4jSeeds(),
                    c.coreMedian(), c.dl4jMedian(), c.difference(), c.pEquivalence(), c.pDifferent(), c.outcome(), c.seedsToDecide(), c.note());
        }
    }

    private SweepParity() {
    }

    /**
     * Every comparison of A against B, in A's experiment and configuration order, core before DL4J.
     *
     * @param outcomes the outcomes an experiment declares, by id (the catalog's; the defaults for one it does not know)
     */
    public static List<Row> compare(ResultsDocument a, ResultsDocument b, Function<String, List<OutcomeMetric>> outcomes) {
        Map<String, ExperimentResult> inB = new LinkedHashMap<>();
        for (ExperimentResult e : b.experiments()) inB.put(e.id(), e);
        List<String> labels = new ArrayList<>();
        List<Implementation> sides = new ArrayList<>();
        List<List<ParityComparison>> families = new ArrayList<>();
        for (ExperimentResult ea : a.experiments()) {
            ExperimentResult eb = inB.get(ea.id());
            if (eb == null) continue;
            for (Implementation impl : Implementation.values()) {
                labels.add(ea.id());
                sides.add(impl);
                families.add(StatisticalParity.between(ea.runs(), eb.runs(), impl, outcomes.apply(ea.id())));
            }
        }
        List<List<ParityComparison>> judged = StatisticalParity.familyWise(families);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            for (ParityComparison c : judged.get(i)) rows.add(Row.of(labels.get(i), sides.get(i), c));
        }
        return List.copyOf(rows);
    }

    /** How many comparisons ended in each outcome, per implementation label. */
    public static Map<String, Map<ParityOutcome, Integer>> counts(List<Row> rows) {
        Map<String, Map<ParityOutcome, Integer>> out = new LinkedHashMap<>();
        for (Implementation impl : Implementation.values()) {
            Map<ParityOutcome, Integer> c = new EnumMap<>(ParityOutcome.class);
            for (ParityOutcome o : ParityOutcome.values()) c.put(o, 0);
            out.put(impl.label(), c);
        }
        for (Row r : rows) out.get(r.implementation()).merge(r.outcome(), 1, Integer::sum);
        return out;
    }
}
