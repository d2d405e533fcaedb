package io.twinnet.experiments.app.exchange;

import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.dl4j.parity.RelativeDifference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two run directories side by side: each claim's verdicts, each run's scalars (relative difference
 * rel(a, b) = |a − b| / max(|a|, |b|, 1e-300), {@link RelativeDifference}) and each experiment's worst
 * exact-parity figure. Runs are matched by experiment, configuration and seed; what only one run holds is
 * listed.
 */
public final class RunComparison {

    /** A claim's verdicts in A and B; a missing side reads "missing". */
    public record ClaimRow(String experiment, String claim, String coreA, String dl4jA, String coreB, String dl4jB) {
        public boolean same() {
            return coreA.equals(coreB) && dl4jA.equals(dl4jB);
        }
    }

    /** One scalar of one run in both. */
    public record ScalarRow(String experiment, String run, String side, String name, double a, double b, double relDiff) {
    }

    /** Per implementation: scalars compared, how many were bit-identical, the worst relative difference. */
    public record SideSummary(String side, long compared, long identical, double maxRelDiff) {
    }

    /** An experiment's worst exact-parity difference in A and B. */
    public record ParityRow(String experiment, double parityA, double parityB) {
    }

    /**
     * @param claims      every claim of either run
     * @param sides       per implementation, how the shared scalars compare
     * @param largest     the largest scalar differences, worst first (at most {@code top})
     * @param parity      per experiment in either run
     * @param onlyInA     runs (experiment/config#seed) or experiments only A holds
     * @param onlyInB     those only B holds
     */
    public record Result(List<ClaimRow> claims, List<SideSummary> sides, List<ScalarRow> largest, List<ParityRow> parity,
                         List<String> onlyInA, List<String> onlyInB) {
        public boolean verdictsEqual() {
            return claims.stream().allMatch(ClaimRow::same);
        }

        public long claimsDiffering() {
            return claims.stream().filter(c -> !c.same()).count();
        }
    }

    private RunComparison() {
    }

    public static Result compare(ResultsDocument a, ResultsDocument b, int top) {
        Map<String, ExperimentResult> as = byId(a);
        Map<String, ExperimentResult> bs = byId(b);
        List<ClaimRow> claims = new ArrayList<>();
        List<ParityRow> parity = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        List<ScalarRow> rows = new ArrayList<>();
        Map<Implementation, long[]> counts = new LinkedHashMap<>();
        Map<Implementation, Double> worst = new LinkedHashMap<>();
        for (Implementation impl : Implementation.values()) {
            counts.put(impl, new long[2]);
            worst.put(impl, 0.0);
        }
        List<String> ids = new ArrayList<>(as.keySet());
        for (String id : bs.keySet()) if (!ids.contains(id)) ids.add(id);
        for (String id : ids) {
            ExperimentResult ea = as.get(id);
            ExperimentResult eb = bs.get(id);
            if (ea == null || eb == null) (ea == null ? onlyB : onlyA).add(id);
            parity.add(new ParityRow(id, ea == null ? Double.NaN : ea.parity(), eb == null ? Double.NaN : eb.parity()));
            claims.addAll(claimRows(id, ea, eb));
            if (ea == null || eb == null) continue;
            Map<String, RunRecord> rb = new LinkedHashMap<>();
            for (RunRecord r : eb.runs()) rb.put(r.config().key(), r);
            for (RunRecord ra : ea.runs()) {
                RunRecord other = rb.remove(ra.config().key());
                if (other == null) {
                    onlyA.add(id + "/" + ra.config().key());
                    continue;
                }
                for (Implementation impl : Implementation.values()) {
                    SideRecord sa = ra.sides().get(impl);
                    SideRecord sb = other.sides().get(impl);
                    if (sa == null || sb == null) continue;
                    for (Map.Entry<String, Double> e : sa.scalars().entrySet()) {
                        Double y = sb.scalars().get(e.getKey());
                        if (y == null) continue;
                        double x = e.getValue();
                        long[] c = counts.get(impl);
                        c[0]++;
                        if (Double.doubleToLongBits(x) == Double.doubleToLongBits(y)) {
                            c[1]++;
                            continue;
                        }
                        double rel = RelativeDifference.of(x, y);
                        double w = worst.get(impl);
                        worst.put(impl, Double.isNaN(rel) || Double.isNaN(w) ? Double.NaN : Math.max(w, rel));
                        rows.add(new ScalarRow(id, ra.config().key(), impl.label(), e.getKey(), x, y, rel));
                    }
                }
            }
            for (String key : rb.keySet()) onlyB.add(id + "/" + key);
        }
        rows.sort(Comparator.comparingDouble((ScalarRow r) -> Double.isNaN(r.relDiff()) ? Double.POSITIVE_INFINITY : r.relDiff()).reversed());
        List<SideSummary> sides = new ArrayList<>();
        for (Implementation impl : Implementation.values()) {
            long[] c = counts.get(impl);
            sides.add(new SideSummary(impl.label(), c[0], c[1], worst.get(impl)));
        }
        return new Result(claims, sides, List.copyOf(rows.subList(0, Math.min(top, rows.size()))), parity, onlyA, onlyB);
    }

    private static List<ClaimRow> claimRows(String id, ExperimentResult a, ExperimentResult b) {
        Map<String, ClaimResult> ca = claimsOf(a);
        Map<String, ClaimResult> cb = claimsOf(b);
        List<String> names = new ArrayList<>(ca.keySet());
        for (String n : cb.keySet()) if (!names.contains(n)) names.add(n);
        List<ClaimRow> out = new ArrayList<>();
        for (String n : names) {
            out.add(new ClaimRow(id, n, verdict(ca.get(n), Implementation.CORE), verdict(ca.get(n), Implementation.DL4J),
                    verdict(cb.get(n), Implementation.CORE), verdict(cb.get(n), Implementation.DL4J)));
        }
        return out;
    }

    private static Map<String, ClaimResult> claimsOf(ExperimentResult e) {
        Map<String, ClaimResult> m = new LinkedHashMap<>();
        if (e != null) for (ClaimResult c : e.claims()) m.put(c.id(), c);
        return m;
    }

    private static String verdict(ClaimResult c, Implementation impl) {
        return c == null ? "missing" : c.verdictOf(impl).label();
    }

    private static Map<String, ExperimentResult> byId(ResultsDocument d) {
        Map<String, ExperimentResult> m = new LinkedHashMap<>();
        for (ExperimentResult e : d.experiments()) m.put(e.id(), e);
        return m;
    }
}
