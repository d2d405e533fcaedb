package io.twinnet.experiments.app.report;

import io.twinnet.experiments.lab.parity.ParityComparison;
import io.twinnet.experiments.lab.parity.ParityOutcome;
import io.twinnet.experiments.lab.parity.StatisticalParity;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.IntervalChart;
import io.twinnet.reports.model.IntervalPoint;
import io.twinnet.reports.model.IntervalSeries;
import io.twinnet.reports.model.Ids;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import io.twinnet.reports.model.XySeries;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's "Statistical parity" section ({@link StatisticalParity}): per experiment a table of every
 * configuration × outcome with the difference of medians, its interval, the two tests' p-values and the
 * outcome, and a figure of the differences in units of their margins (±1 drawn as lines); plus the one-line
 * summary the overview carries.
 */
final class StatisticalParitySection {
    private StatisticalParitySection() {
    }

    /**
     * "N configurations equivalent, M different, K undecided": a configuration is different when one of its
     * outcomes is, equivalent when all are, undecided otherwise. Empty when nothing was compared.
     */
    static String summary(ResultsDocument doc) {
        Map<ParityOutcome, Integer> counts = new EnumMap<>(ParityOutcome.class);
        for (ParityOutcome o : ParityOutcome.values()) counts.put(o, 0);
        int comparisons = 0;
        for (ExperimentResult e : doc.experiments()) {
            Map<String, List<ParityComparison>> byConfig = byConfig(e.statisticalParity());
            comparisons += e.statisticalParity().size();
            for (List<ParityComparison> c : byConfig.values()) counts.merge(configurationOutcome(c), 1, Integer::sum);
        }
        if (comparisons == 0) return "";
        return "Statistical parity: " + counts.get(ParityOutcome.EQUIVALENT) + " configurations equivalent, "
                + counts.get(ParityOutcome.DIFFERENT) + " different, " + counts.get(ParityOutcome.UNDECIDED) + " undecided ("
                + comparisons + " comparisons of core against DL4J over seeds, Holm at family-wise " + StatisticalParity.FAMILY_WISE_ALPHA
                + "; see the statistical parity section).";
    }

    static Section of(ResultsDocument doc) {
        Section.Builder s = Section.builder("statistical-parity", "Statistical parity");
        s.paragraph("Each side draws its own initial weights, so that the core reproduces DL4J is a statement about distributions over "
                + "seeds. For every configuration and every outcome the experiment declares (final evaluation loss within ±5 % of DL4J's "
                + "median and final accuracy within ±0.02 unless it says otherwise): d = median(core) − median(DL4J) with a 95 % "
                + "stratified bootstrap interval; equivalence by two one-sided permutation tests of a shift of ±δ (TOST); a difference "
                + "beyond the margin by the one-sided permutation test on the estimate's side (p doubled). All p-values of the sweep are "
                + "one Holm family at " + StatisticalParity.FAMILY_WISE_ALPHA + ". Equivalent: Holm rejects non-equivalence; different: "
                + "Holm rejects \"within the margin\" and the interval lies beyond ±δ; undecided otherwise, with the seeds a side that "
                + "would decide at the observed spread (−1: none would, or the outcome was not measured on two seeds a side). "
                + "Diverged and failed runs have no value and are left out on their side.");
        s.paragraph("The same comparison between two sweeps (A's seeds against B's, per implementation) is 'twinnet compare A B'; "
                + "training DL4J from the core's initial parameters and comparing the two over the whole run is 'twinnet run --shared-init' "
                + "(its own section when this sweep ran so).");
        String summary = summary(doc);
        s.paragraph(summary.isEmpty() ? "No comparisons in this results file: no experiment declared an outcome its runs recorded, or the file was written before statistical parity was stored." : summary);
        for (ExperimentResult e : doc.experiments()) {
            if (e.statisticalParity().isEmpty()) continue;
            s.table(table(e));
            s.figure(figure(e));
        }
        return s.build();
    }

    private static Table table(ExperimentResult e) {
        Table.Builder t = Table.builder(Ids.slug(e.id() + ".statistical-parity"), e.id() + ": core against DL4J over seeds")
                .caption("d = median(core) − median(DL4J) with its 95 % bootstrap interval; δ the margin; p TOST the larger one-sided "
                        + "p-value against ±δ, p beyond the p-value of |d| > δ; the outcome after Holm over the sweep.")
                .columns("configuration", "outcome metric", "margin")
                .column("δ", "%.3g").column("core median", "%.4g").column("DL4J median", "%.4g")
                .column("d", "%.3g").column("d lower", "%.3g").column("d upper", "%.3g")
                .columns("seeds core", "seeds DL4J")
                .column("p TOST", "%.3g").column("p beyond", "%.3g")
                .columns("outcome", "seeds a side to decide");
        for (ParityComparison c : e.statisticalParity()) {
            t.row(c.config(), c.metric(), c.marginRule(), c.margin(), c.coreMedian(), c.dl4jMedian(), c.difference().value(),
                    c.difference().lower(), c.difference().upper(), c.coreSeeds(), c.dl4jSeeds(), c.pEquivalence(), c.pDifferent(),
                    c.outcome().label() + (c.note().isEmpty() ? "" : " (" + c.note() + ")"),
                    c.outcome() == ParityOutcome.UNDECIDED ? Integer.toString(c.seedsToDecide()) : "-");
        }
        return t.build();
    }

    /** The differences in units of δ, one series per outcome metric, x = the configuration's place in the grid. */
    private static Figure figure(ExperimentResult e) {
        Map<String, List<IntervalPoint>> byMetric = new LinkedHashMap<>();
        List<String> configs = new ArrayList<>(byConfig(e.statisticalParity()).keySet());
        for (ParityComparison c : e.statisticalParity()) {
            double x = configs.indexOf(c.config()) + 1;
            double m = c.margin();
            IntervalPoint p = Double.isFinite(m) ? IntervalPoint.of(x, c.difference().value() / m, c.difference().lower() / m,
                    c.difference().upper() / m) : IntervalPoint.of(x, Double.NaN, Double.NaN, Double.NaN);
            byMetric.computeIfAbsent(c.metric(), k -> new ArrayList<>()).add(p);
        }
        IntervalChart.Builder chart = IntervalChart.builder(Axis.linear("configuration (table order)"), Axis.linear("d / δ"));
        for (Map.Entry<String, List<IntervalPoint>> m : byMetric.entrySet()) chart.series(IntervalSeries.of(m.getKey(), m.getValue()));
        double[] xs = {0.5, configs.size() + 0.5};
        // an interval chart draws reference curves as lines only, so the margin is its two edges rather than a shaded band
        chart.reference(XySeries.reference("margin +δ", xs, new double[] {1, 1}));
        chart.reference(XySeries.reference("margin −δ", xs, new double[] {-1, -1}));
        return Figure.of(Ids.slug(e.id() + ".statistical-parity-figure"), e.id() + ": core − DL4J in units of the margin",
                "Difference of medians over seeds with its 95 % interval, divided by the margin δ of its configuration and outcome; "
                        + "the dashed lines at ±1 are the margin. Configurations in the table's order: " + String.join(", ", configs) + ".",
                chart.build());
    }

    private static Map<String, List<ParityComparison>> byConfig(List<ParityComparison> comparisons) {
        Map<String, List<ParityComparison>> out = new LinkedHashMap<>();
        for (ParityComparison c : comparisons) out.computeIfAbsent(c.config(), k -> new ArrayList<>()).add(c);
        return out;
    }

    private static ParityOutcome configurationOutcome(List<ParityComparison> outcomes) {
        if (outcomes.stream().anyMatch(c -> c.outcome() == ParityOutcome.DIFFERENT)) return ParityOutcome.DIFFERENT;
        if (outcomes.stream().allMatch(c -> c.outcome() == ParityOutcome.EQUIVALENT)) return ParityOutcome.EQUIVALENT;
        return ParityOutcome.UNDECIDED;
    }
}
