package io.twinnet.experiments.app.exchange;

import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.ParityRecord;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Diffs the results of a sweep against a re-run of the same sweep, record by record.
 *
 * <ul>
 *   <li>Core values (every scalar and every series point, x and y) must be equal bit for bit
 *       ({@link Double#doubleToLongBits}, so NaN equals NaN): the core is single-threaded Java with a fixed
 *       summation order, so any difference is a reproducibility bug.</li>
 *   <li>DL4J values may differ by a relative {@code tolerance}: a scalar pair by
 *       |a − b| / max(|a|, |b|, 1e-300), a series point by |a_i − b_i| / max(max|a|, max|b|, 1e-300) over its
 *       series (the definition of {@link io.twinnet.dl4j.parity.RelativeDifference}). Non-finite
 *       values must sit at the same places with the same bits. Whether DL4J was bit-identical too is
 *       reported separately (on CPU with the same OMP_NUM_THREADS it is expected to be).</li>
 *   <li>Exact-parity figures are themselves relative differences (≈1e-16), so they are compared with an
 *       absolute tolerance equal to {@code tolerance}; steps and precision must be equal.</li>
 *   <li>Each run's network spec, named seeds and data identity, statuses, divergence steps, scalar and series
 *       names, and every claim's verdict per implementation must be equal. Wall times and failure messages are
 *       not compared.</li>
 * </ul>
 */
public final class ReproductionDiff {
    /** The default DL4J tolerance for double precision (DESIGN.md's per-step parity bound). */
    public static final double DEFAULT_DL4J_TOLERANCE = 1e-9;

    private final double tolerance;
    private final List<Difference> differences = new ArrayList<>();
    private int runs;
    private long coreValues;
    private long dl4jValues;
    private boolean coreIdentical = true;
    private boolean dl4jIdentical = true;
    private boolean dl4jWithin = true;
    private long dl4jDiffering;
    private double dl4jMaxRel;
    private boolean verdictsEqual = true;
    private boolean structureEqual = true;

    private ReproductionDiff(double tolerance) {
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance: must be finite and >= 0, got " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /** Compares {@code original} with {@code reproduced}. */
    public static ReproductionOutcome compare(ResultsDocument original, ResultsDocument reproduced, double dl4jTolerance) {
        ReproductionDiff d = new ReproductionDiff(dl4jTolerance);
        d.documents(original, reproduced);
        return d.outcome();
    }

    /**
     * Compares one stored run of {@code experiment} with its replay ({@code twinnet reproduce --run}): the same
     * rules as for a whole sweep, without claims (one run has no verdicts of its own).
     */
    public static ReproductionOutcome compareRun(String experiment, RunRecord original, RunRecord replayed, double dl4jTolerance) {
        ReproductionDiff d = new ReproductionDiff(dl4jTolerance);
        d.run(experiment, original, replayed);
        return d.outcome();
    }

    private ReproductionOutcome outcome() {
        return new ReproductionOutcome(runs, coreValues, dl4jValues, coreIdentical, dl4jIdentical, dl4jWithin, dl4jDiffering,
                dl4jMaxRel, tolerance, verdictsEqual, structureEqual, differences);
    }

    private void documents(ResultsDocument a, ResultsDocument b) {
        Map<String, ExperimentResult> bs = new LinkedHashMap<>();
        for (ExperimentResult e : b.experiments()) bs.put(e.id(), e);
        Set<String> seen = new LinkedHashSet<>();
        for (ExperimentResult ea : a.experiments()) {
            seen.add(ea.id());
            ExperimentResult eb = bs.get(ea.id());
            if (eb == null) {
                structural(ea.id(), "-", -1, "experiment", "present", "missing");
                continue;
            }
            experiment(ea, eb);
        }
        for (ExperimentResult eb : b.experiments()) {
            if (!seen.contains(eb.id())) structural(eb.id(), "-", -1, "experiment", "missing", "present");
        }
    }

    private void experiment(ExperimentResult a, ExperimentResult b) {
        Map<String, RunRecord> bRuns = new LinkedHashMap<>();
        for (RunRecord r : b.runs()) bRuns.put(r.config().key(), r);
        Set<String> seen = new LinkedHashSet<>();
        for (RunRecord ra : a.runs()) {
            String key = ra.config().key();
            seen.add(key);
            RunRecord rb = bRuns.get(key);
            if (rb == null) {
                structural(a.id(), ra.config().config(), ra.config().seed(), "run", "present", "missing");
                continue;
            }
            run(a.id(), ra, rb);
        }
        for (RunRecord rb : b.runs()) {
            if (!seen.contains(rb.config().key())) {
                structural(a.id(), rb.config().config(), rb.config().seed(), "run", "missing", "present");
            }
        }
        claims(a, b);
    }

    /** One run in both: what it was (spec, named seeds, data identity), then each side, then parity. */
    private void run(String experiment, RunRecord ra, RunRecord rb) {
        runs++;
        String config = ra.config().config();
        long seed = ra.config().seed();
        if (!Objects.equals(ra.spec(), rb.spec())) structural(experiment, config, seed, "record", "spec", "as recorded", "another network");
        if (!Objects.equals(ra.seeds(), rb.seeds())) structural(experiment, config, seed, "record", "seeds", String.valueOf(ra.seeds()), String.valueOf(rb.seeds()));
        if (!Objects.equals(ra.data(), rb.data())) structural(experiment, config, seed, "record", "data", String.valueOf(ra.data()), String.valueOf(rb.data()));
        for (Implementation impl : Implementation.values()) {
            SideRecord sa = ra.sides().get(impl);
            SideRecord sb = rb.sides().get(impl);
            if (sa == null || sb == null) {
                if (sa != sb) structural(experiment, config, seed, impl.label(), sa == null ? "missing" : "present", sb == null ? "missing" : "present");
                continue;
            }
            side(new Where(experiment, config, seed, impl), sa, sb);
        }
        parity(new Where(experiment, config, seed, Implementation.DL4J), ra.parity(), rb.parity());
    }

    private void claims(ExperimentResult a, ExperimentResult b) {
        Map<String, ClaimResult> bClaims = new LinkedHashMap<>();
        for (ClaimResult c : b.claims()) bClaims.put(c.id(), c);
        for (ClaimResult ca : a.claims()) {
            ClaimResult cb = bClaims.get(ca.id());
            for (Implementation impl : Implementation.values()) {
                String va = ca.verdictOf(impl).label();
                String vb = cb == null ? "missing" : cb.verdictOf(impl).label();
                if (!va.equals(vb)) {
                    verdictsEqual = false;
                    differences.add(new Difference(a.id(), ca.id(), -1, "claim", "verdict (" + impl.label() + ")", -1,
                            va, vb, Double.NaN, false));
                }
            }
        }
    }

    private record Where(String experiment, String config, long seed, Implementation impl) {
    }

    private void side(Where w, SideRecord a, SideRecord b) {
        if (a.status() != b.status()) {
            structural(w.experiment, w.config, w.seed, w.impl.label(), "status", a.status().label(), b.status().label());
        }
        if (a.divergedAtStep() != b.divergedAtStep()) {
            structural(w.experiment, w.config, w.seed, w.impl.label(), "divergedAtStep",
                    Long.toString(a.divergedAtStep()), Long.toString(b.divergedAtStep()));
        }
        for (String name : union(a.scalars().keySet(), b.scalars().keySet())) {
            Double x = a.scalars().get(name);
            Double y = b.scalars().get(name);
            if (x == null || y == null) {
                structural(w.experiment, w.config, w.seed, w.impl.label(), "scalar " + name,
                        x == null ? "missing" : "present", y == null ? "missing" : "present");
                continue;
            }
            value(w, name, -1, x, y, Math.max(Math.abs(x), Math.abs(y)));
        }
        for (String name : union(a.series().keySet(), b.series().keySet())) {
            Series x = a.series().get(name);
            Series y = b.series().get(name);
            if (x == null || y == null || x.size() != y.size()) {
                structural(w.experiment, w.config, w.seed, w.impl.label(), "series " + name,
                        x == null ? "missing" : x.size() + " points", y == null ? "missing" : y.size() + " points");
                continue;
            }
            series(w, name + ".x", x.x(), y.x());
            series(w, name, x.y(), y.y());
        }
    }

    private void series(Where w, String name, double[] a, double[] b) {
        double scale = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.isFinite(a[i])) scale = Math.max(scale, Math.abs(a[i]));
            if (Double.isFinite(b[i])) scale = Math.max(scale, Math.abs(b[i]));
        }
        for (int i = 0; i < a.length; i++) value(w, name, i, a[i], b[i], scale);
    }

    /** One value pair; {@code scale} is the denominator of the relative difference (before the 1e-300 floor). */
    private void value(Where w, String name, int index, double a, double b, double scale) {
        boolean core = w.impl == Implementation.CORE;
        if (core) coreValues++;
        else dl4jValues++;
        if (Double.doubleToLongBits(a) == Double.doubleToLongBits(b)) return;
        double rel = Double.isFinite(a) && Double.isFinite(b) ? Math.abs(a - b) / Math.max(scale, 1e-300) : Double.NaN;
        if (core) {
            coreIdentical = false;
            differences.add(new Difference(w.experiment, w.config, w.seed, "core", name, index, repr(a), repr(b), rel, false));
            return;
        }
        dl4jDifference(new Difference(w.experiment, w.config, w.seed, "dl4j", name, index, repr(a), repr(b), rel,
                rel <= tolerance));
    }

    private void dl4jDifference(Difference d) {
        dl4jIdentical = false;
        dl4jDiffering++;
        dl4jMaxRel = Double.isNaN(d.relDiff()) || Double.isNaN(dl4jMaxRel) ? Double.NaN : Math.max(dl4jMaxRel, d.relDiff());
        if (!d.withinTolerance()) {
            dl4jWithin = false;
            differences.add(d);
        }
    }

    private void parity(Where w, ParityRecord a, ParityRecord b) {
        if (a == null && b == null) return;
        if (a == null || b == null) {
            structural(w.experiment, w.config, w.seed, "parity", "parity record", a == null ? "missing" : "present",
                    b == null ? "missing" : "present");
            return;
        }
        if (a.steps() != b.steps() || !a.precision().equals(b.precision())) {
            structural(w.experiment, w.config, w.seed, "parity", "steps/precision", a.steps() + " " + a.precision(),
                    b.steps() + " " + b.precision());
        }
        parityValue(w, "outputRelDiff", a.outputRelDiff(), b.outputRelDiff());
        parityValue(w, "lossRelDiff", a.lossRelDiff(), b.lossRelDiff());
        parityValue(w, "paramRelDiff", a.paramRelDiff(), b.paramRelDiff());
    }

    private void parityValue(Where w, String name, double a, double b) {
        dl4jValues++;
        if (Double.doubleToLongBits(a) == Double.doubleToLongBits(b)) return;
        double abs = Double.isFinite(a) && Double.isFinite(b) ? Math.abs(a - b) : Double.NaN;
        dl4jDifference(new Difference(w.experiment, w.config, w.seed, "parity", name, -1, repr(a), repr(b), abs, abs <= tolerance));
    }

    private void structural(String experiment, String config, long seed, String side, String a, String b) {
        structural(experiment, config, seed, side, side.equals("run") || side.equals("experiment") ? side : "record", a, b);
    }

    private void structural(String experiment, String config, long seed, String side, String name, String a, String b) {
        structureEqual = false;
        if (side.equals("core")) coreIdentical = false;
        if (side.equals("dl4j") || side.equals("parity")) {
            dl4jIdentical = false;
            dl4jWithin = false;
        }
        differences.add(new Difference(experiment, config, seed, side, name, -1, a, b, Double.NaN, false));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String repr(double v) {
        return Double.toString(v);
    }
}
