package io.twinnet.experiments.app.report;

import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.Resumption;
import io.twinnet.experiments.lab.ClaimKind;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.Claim;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.Ids;
import io.twinnet.reports.model.ProvenanceGroup;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a sweep's {@code results.json} onto the generic report model: a front section with the
 * parity table, then one section per experiment with its setup, its claims (core and DL4J
 * verdicts side by side, evidence as the note), its figures, a table of per-configuration scalars
 * (median over seeds) and the grid with its parameters.
 *
 * <p>Figures: an experiment that declares them ({@link ExperimentResult#figures()}) gets exactly
 * those, drawn by {@link DeclaredFigures} (core and DL4J in one chart, median over seeds with a
 * band, theory as a reference). An experiment that declares none (not yet ported to a declaration,
 * or a results file written before figures were stored) keeps the older drawing: one chart per
 * recorded curve and implementation, first seed of each configuration, axes guessed from the names.
 */
public final class ResultsReport {
    /** At most this many configurations are drawn in one figure (the first seed of each). */
    static final int MAX_LINES = 16;

    private ResultsReport() {
    }

    public static Report build(ResultsDocument doc) {
        return build(doc, Map.of());
    }

    /** The report, with the text of the files that defined file experiments ({@code definitions}: by experiment id) shown in their sections. */
    public static Report build(ResultsDocument doc, Map<String, String> definitions) {
        Report.Builder report = Report.builder("twinnet: from-scratch core vs DL4J, " + doc.manifest().profile() + " profile")
                .subtitle("Run " + doc.manifest().runId() + (doc.complete() ? "" : " (incomplete: some runs are missing)"));
        ProvenanceGroup.Builder prov = ProvenanceGroup.builder("Run");
        prov.entry("run id", doc.manifest().runId());
        prov.entry("profile", doc.manifest().profile());
        prov.entry("seeds override", doc.manifest().seeds() == 0 ? "profile default" : Integer.toString(doc.manifest().seeds()));
        prov.entry("experiments", String.join(", ", doc.manifest().experiments()));
        prov.entry("started", doc.manifest().startedAt());
        if (!doc.manifest().resumes().isEmpty()) {
            prov.entry("resumed", String.join(" | ", doc.manifest().resumes().stream().map(Resumption::summary).toList()));
        }
        prov.entry("results written", doc.finishedAt());
        prov.entry("schema version", doc.schemaVersion());
        report.provenance(prov.build());
        ProvenanceGroup.Builder env = ProvenanceGroup.builder("Environment");
        for (Map.Entry<String, Object> e : doc.manifest().provenance().entrySet()) env.entry(e.getKey(), String.valueOf(e.getValue()));
        report.provenance(env.build());

        report.section(overview(doc));
        report.section(StatisticalParitySection.of(doc));
        if (doc.manifest().sharedInitValue()) report.section(SharedInitSection.of(doc));
        for (ExperimentResult e : doc.experiments()) report.section(experimentSection(e, definitions.get(e.id())));
        return report.build();
    }

    private static Section overview(ResultsDocument doc) {
        Section.Builder s = Section.builder("overview", "Overview and parity");
        int claims = 0;
        int differ = 0;
        int notCompared = 0;
        int contradict = 0;
        int revised = 0;
        for (ExperimentResult e : doc.experiments()) {
            for (ClaimResult c : e.claims()) {
                claims++;
                if (!c.compared()) notCompared++;
                else if (!c.agree()) differ++;
                if (c.contradict() && c.kind() != ClaimKind.IMPLEMENTATION_FINDING) contradict++;
                if (!c.revision().isEmpty()) revised++;
            }
        }
        if (notCompared == claims && claims > 0) {
            s.paragraph("Only one implementation was run in this sweep (twinnet run --impl); the other's verdicts read not-run, "
                    + "and there is no exact-parity check.");
        } else if (doc.manifest().sharedInitValue()) {
            s.paragraph("Every experiment ran on the from-scratch core and on Deeplearning4j with the same seeds and minibatch order; "
                    + "with --shared-init, DL4J started every training run from the core's initial parameters and was compared with "
                    + "the core after every step (trials at initialisation drew their own weights on each side).");
        } else {
            s.paragraph("Every experiment ran on the from-scratch core and on Deeplearning4j with the same seeds and minibatch order; "
                    + "each side drew its own initial weights from the same scheme, and training runs were also repeated with DL4J loaded "
                    + "with the core's initial parameters for an exact-parity check.");
        }
        s.paragraph(claims + " claims checked; " + (notCompared > 0 ? notCompared + " not compared (one side not run); " : "")
                + (differ == 0 ? "core and DL4J reach the same verdict on every compared claim."
                : "core and DL4J differ on " + differ + " claim(s), marked in the table; " + (contradict == 0
                ? "none of them is reproduced on one side and not reproduced on the other (apart from implementation findings)."
                : contradict + " of them reproduced on one side and not reproduced on the other, which intervals over seeds should "
                        + "not allow: see those claims.")));
        s.paragraph("Each verdict is decided by an estimate with a 95 % interval over seeds (a stratified percentile bootstrap, or an "
                + "exact binomial interval for fractions; identities are exact): reproduced or not reproduced only when the whole "
                + "interval lies on one side of the rule's boundary, otherwise inconclusive, with the number of seeds that would decide. "
                + (revised == 0 ? "Every rule was written before the data it judges."
                : revised + " rule(s) were revised after data had been seen; each says when and why under its claim."));
        String statistical = StatisticalParitySection.summary(doc);
        if (!statistical.isEmpty()) s.paragraph(statistical);
        String shared = SharedInitSection.summary(doc);
        if (!shared.isEmpty()) s.paragraph(shared);
        Table.Builder t = Table.builder("parity", "Exact parity per experiment (DL4J loaded with the core's parameters)")
                .caption("Relative difference max|a-b| / max(max|a|, max|b|), worst over the runs of each experiment: outputs at the shared "
                        + "initial parameters, per-step losses and final parameters after the compared steps.")
                .columns("experiment", "runs compared", "steps", "precision")
                .column("worst output diff", "%.2e").column("worst loss diff", "%.2e").column("worst parameter diff", "%.2e");
        for (ExperimentResult e : doc.experiments()) {
            int n = 0;
            int steps = 0;
            String precision = "";
            double out = 0;
            double loss = 0;
            double par = 0;
            for (RunRecord r : e.runs()) {
                if (r.parity() == null) continue;
                n++;
                steps = Math.max(steps, r.parity().steps());
                precision = r.parity().precision();
                out = worst(out, r.parity().outputRelDiff());
                loss = worst(loss, r.parity().lossRelDiff());
                par = worst(par, r.parity().paramRelDiff());
            }
            if (n == 0) {
                t.row(e.id(), 0, "-", "-", Double.NaN, Double.NaN, Double.NaN);
            } else {
                t.row(e.id(), n, steps, precision, out, loss, par);
            }
        }
        s.table(t.build());
        return s.build();
    }

    /** The file that defined an experiment, line by line. */
    private static Table definitionTable(String id, String text) {
        Table.Builder t = Table.builder(Ids.slug(id + "-definition"), "The experiment file that defined " + id)
                .caption("As given to 'twinnet run'; kept in the run directory under definitions/.").columns("line", "text");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) t.row(Integer.toString(i + 1), lines.get(i).isEmpty() ? " " : lines.get(i));
        return t.build();
    }

    private static double worst(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
    }

    private static Section experimentSection(ExperimentResult e, String definition) {
        Section.Builder s = Section.builder(Ids.slug(e.id()), e.id() + ": " + e.title());
        s.paragraph("Source: " + e.source() + ".");
        s.paragraph(e.setup());
        if (definition != null) s.table(definitionTable(e.id(), definition));
        List<Figure> figures = e.figures().isEmpty() ? guessedFigures(e) : DeclaredFigures.of(e);
        String seeFigures = e.figures().isEmpty() || figures.isEmpty() ? ""
                : " Figures: " + String.join("; ", figures.stream().map(Figure::title).toList()) + ".";
        for (ClaimResult c : e.claims()) {
            Claim.Builder claim = Claim.builder(Ids.slug(e.id() + "." + c.id()), c.text());
            for (Implementation impl : Implementation.values()) claim.verdict(label(impl), c.verdictOf(impl).label());
            claim.note(ClaimNote.of(c) + seeFigures);
            s.claim(claim.build());
        }
        int failed = 0;
        int diverged = 0;
        for (RunRecord r : e.runs()) {
            for (SideRecord side : r.sides().values()) {
                if (side.status() == RunStatus.FAILED) failed++;
                if (side.status() == RunStatus.DIVERGED) diverged++;
            }
        }
        if (failed + diverged > 0) {
            s.paragraph(diverged + " run side(s) diverged (NaN/Inf; recorded at their step) and " + failed + " failed; see the runs table.");
        }
        for (Figure f : figures) s.figure(f);
        s.table(scalarTable(e));
        s.table(runTable(e));
        return s.build();
    }

    static String label(Implementation impl) {
        return impl == Implementation.CORE ? "core" : "DL4J";
    }

    /**
     * For an experiment without declared figures: one figure per recorded curve name and
     * implementation, the first seed of each configuration.
     */
    static List<Figure> guessedFigures(ExperimentResult e) {
        Set<String> names = new LinkedHashSet<>();
        for (RunRecord r : e.runs()) {
            for (SideRecord side : r.sides().values()) names.addAll(side.series().keySet());
        }
        Map<String, RunRecord> firstSeed = new LinkedHashMap<>();
        for (RunRecord r : e.runs()) firstSeed.putIfAbsent(r.config().config(), r);
        List<Figure> figures = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("theory")) continue;
            String theory = "theory" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (Implementation impl : Implementation.values()) {
                List<XySeries> lines = new ArrayList<>();
                boolean allPositive = true;
                double lo = Double.POSITIVE_INFINITY;
                double hi = 0;
                int drawn = 0;
                for (RunRecord r : firstSeed.values()) {
                    SideRecord side = r.sides().get(impl);
                    if (side == null) continue;
                    Series s = side.series().get(name);
                    if (s == null || s.size() == 0) continue;
                    if (drawn++ >= MAX_LINES) continue;
                    for (double y : s.y()) {
                        if (!Double.isFinite(y)) continue;
                        if (y <= 0) allPositive = false;
                        else {
                            lo = Math.min(lo, y);
                            hi = Math.max(hi, y);
                        }
                    }
                    lines.add(XySeries.of(r.config().config(), s.x(), s.y()));
                    Series t = side.series().get(theory);
                    if (t != null) lines.add(XySeries.reference(r.config().config() + " (theory)", t.x(), t.y()));
                }
                if (lines.isEmpty()) continue;
                boolean logY = allPositive && hi > 0 && hi / lo > 1e3;
                XyChart.Builder chart = XyChart.lines(Axis.linear(xLabel(name)), logY ? Axis.log(name) : Axis.linear(name));
                for (XySeries line : lines) chart.series(line);
                String caption = name + " on " + label(impl) + ", first seed of each configuration"
                        + (drawn > MAX_LINES ? " (the first " + MAX_LINES + " of " + drawn + " configurations)" : "")
                        + (lines.stream().anyMatch(XySeries::reference) ? "; dashed grey: theory" : "") + ".";
                figures.add(Figure.of(Ids.slug(e.id() + "-" + name + "-" + impl.label()), e.id() + ": " + name + " (" + label(impl) + ")",
                        caption, chart.build()));
            }
        }
        return figures;
    }

    private static String xLabel(String seriesName) {
        String n = seriesName.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("layer") || n.contains("std") || n.contains("depth") || n.contains("saturat") || n.contains("norm")) {
            return n.contains("loss") || n.contains("accuracy") ? "step" : "layer / x";
        }
        return "step";
    }

    /** Median over seeds of every scalar, per configuration, core and DL4J side by side. */
    static Table scalarTable(ExperimentResult e) {
        Set<String> scalars = new LinkedHashSet<>();
        for (RunRecord r : e.runs()) for (SideRecord side : r.sides().values()) scalars.addAll(side.scalars().keySet());
        List<String> chosen = new ArrayList<>(scalars);
        if (chosen.size() > 6) chosen = chosen.subList(0, 6);
        Table.Builder t = Table.builder(Ids.slug(e.id() + "-scalars"), e.id() + ": measurements per configuration (median over seeds)")
                .caption("Each cell is the median over seeds; diverged or failed sides count as NaN. All scalars are in the records of "
                        + "results.json.");
        t.columns("configuration", "seeds");
        for (String name : chosen) {
            t.column(name + " (core)", "auto");
            t.column(name + " (DL4J)", "auto");
        }
        Map<String, List<RunRecord>> byConfig = new LinkedHashMap<>();
        for (RunRecord r : e.runs()) byConfig.computeIfAbsent(r.config().config(), k -> new ArrayList<>()).add(r);
        for (Map.Entry<String, List<RunRecord>> entry : byConfig.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(entry.getKey());
            row.add(entry.getValue().size());
            for (String name : chosen) {
                for (Implementation impl : Implementation.values()) {
                    double[] v = entry.getValue().stream().mapToDouble(r -> {
                        SideRecord side = r.sides().get(impl);
                        return side == null || !side.status().measured() ? Double.NaN : side.scalarOr(name, Double.NaN);
                    }).filter(Double::isFinite).sorted().toArray();
                    row.add(v.length == 0 ? Double.NaN : (v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2])));
                }
            }
            t.row(row.toArray());
        }
        return t.build();
    }

    /** Every run: configuration, seed, parameters, status per side, wall time, parity. */
    static Table runTable(ExperimentResult e) {
        Table.Builder t = Table.builder(Ids.slug(e.id() + "-runs"), e.id() + ": runs")
                .caption("One row per configuration and seed; status per implementation (diverged at step N when a NaN/Inf appeared).")
                .columns("configuration", "seed", "parameters", "core", "DL4J")
                .column("seconds", "%.1f").column("parity max rel diff", "%.2e");
        for (RunRecord r : e.runs()) {
            RunConfig c = r.config();
            t.row(c.config(), c.seed(), c.params().toString(), status(r.sides().get(Implementation.CORE)),
                    status(r.sides().get(Implementation.DL4J)), r.seconds(), r.parity() == null ? Double.NaN : r.parity().maxRelDiff());
        }
        return t.build();
    }

    private static String status(SideRecord s) {
        if (s == null) return "missing";
        return switch (s.status()) {
            case FINISHED -> "finished";
            case DIVERGED -> "diverged at step " + s.divergedAtStep();
            case FAILED -> "failed: " + s.failure();
            case NOT_RUN -> "not run";
        };
    }
}
