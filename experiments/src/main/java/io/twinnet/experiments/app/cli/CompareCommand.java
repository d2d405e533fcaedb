package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.app.exchange.ExternalComparison;
import io.twinnet.experiments.app.exchange.RunComparison;
import io.twinnet.experiments.app.exchange.SweepParity;
import io.twinnet.experiments.lab.OutcomeMetric;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.parity.ParityOutcome;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code twinnet compare A B}: two run directories (verdicts per claim, scalars per run, parity per
 * experiment, and statistical parity of A's seeds against B's per implementation, configuration and declared
 * outcome: {@link SweepParity}), or an export directory and a directory of someone else's {@code losses.npy} and
 * {@code params_final.npy} (per-step loss and final-parameter relative differences against the core and
 * DL4J). Exit 0 when they agree (runs: every verdict equal and no outcome {@code different}; external: within
 * --tolerance of both the core and DL4J), 1 when they do not, 2 on bad input.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two run directories, or an export directory ('twinnet export') with a directory holding your",
                "losses.npy and params_final.npy. Two runs are also compared statistically: per implementation, configuration and",
                "declared outcome, A's seeds against B's (difference of medians, TOST against the experiment's margin, Holm).",
                "Exit 0: they agree (same verdicts and no outcome 'different' / within --tolerance); 1: they part; 2: bad input."})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "A run directory, or an export directory.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Another run directory, or your results for the export in A.")
    Path b;

    @Mixin
    ToleranceOption tolerance;

    @Option(names = "--top", paramLabel = "N", description = "How many of the largest scalar differences to list for two runs (default: 10).")
    int top = 10;

    @Mixin
    JsonOutput json;

    private final CliContext context;

    CompareCommand(CliContext context) {
        this.context = context;
    }

    /** The outcomes experiment {@code id} declares; the training defaults for one this catalog does not hold (e.g. a file's). */
    private List<OutcomeMetric> outcomes(String id) {
        return context.experiment(id).map(RunnableExperiment::outcomes).orElse(OutcomeMetric.TRAINING_DEFAULTS);
    }

    @Override
    public Integer call() throws Exception {
        tolerance.value();
        if (top < 0) throw new UserInputException("--top: must be >= 0, got " + top);
        requireDirectory(a, "A");
        requireDirectory(b, "B");
        boolean runA = Files.exists(a.resolve("results.json"));
        boolean runB = Files.exists(b.resolve("results.json"));
        if (runA && runB) return compareRuns();
        if (ExternalComparison.isExport(a)) return compareExternal(a, b);
        if (ExternalComparison.isExport(b)) return compareExternal(b, a);
        Path odd = runA ? b : a;
        throw new UserInputException((odd == a ? "A: " : "B: ") + odd + " is neither a run directory (results.json) nor an export directory "
                + "(spec.json, core_losses.npy); with " + (odd == a ? b : a) + " it needs " + (runA || runB ? "another run directory" : "an export directory"));
    }

    private static void requireDirectory(Path p, String name) {
        if (!Files.isDirectory(p)) throw new UserInputException(name + ": " + p + " is not a directory");
    }

    private static ResultsDocument read(Path dir, String name) {
        return RunDirectory.results(new ResultsStore(dir), name);
    }

    private int compareRuns() throws Exception {
        ResultsDocument docA = read(a, "A");
        ResultsDocument docB = read(b, "B");
        RunComparison.Result r = RunComparison.compare(docA, docB, top);
        List<SweepParity.Row> statistical = SweepParity.compare(docA, docB, this::outcomes);
        long different = statistical.stream().filter(x -> x.outcome() == ParityOutcome.DIFFERENT).count();
        PrintWriter w = spec.commandLine().getOut();
        if (json.on()) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("mode", "runs");
            root.put("a", a.toAbsolutePath().normalize().toString());
            root.put("b", b.toAbsolutePath().normalize().toString());
            root.put("verdictsEqual", r.verdictsEqual());
            root.put("claimsDiffering", r.claimsDiffering());
            root.put("outcomesDifferent", different);
            root.set("claims", Json.mapper().valueToTree(r.claims()));
            root.set("scalars", Json.mapper().valueToTree(r.sides()));
            root.set("largestScalarDifferences", Json.mapper().valueToTree(r.largest()));
            root.set("parity", Json.mapper().valueToTree(r.parity()));
            root.set("onlyInA", Json.mapper().valueToTree(r.onlyInA()));
            root.set("onlyInB", Json.mapper().valueToTree(r.onlyInB()));
            root.set("statisticalParity", Json.mapper().valueToTree(statistical));
            root.set("statisticalParityCounts", Json.mapper().valueToTree(SweepParity.counts(statistical)));
            w.println(Json.mapper().writeValueAsString(root));
        } else {
            w.println("A: " + a.toAbsolutePath().normalize());
            w.println("B: " + b.toAbsolutePath().normalize());
            w.println();
            w.printf("%-24s %-32s %-29s %-29s%n", "experiment", "claim", "A core / dl4j", "B core / dl4j");
            for (RunComparison.ClaimRow c : r.claims()) {
                w.printf("%-24s %-32s %-29s %-29s%s%n", c.experiment(), c.claim(), c.coreA() + " / " + c.dl4jA(),
                        c.coreB() + " / " + c.dl4jB(), c.same() ? "" : "  <- differ");
            }
            w.println();
            for (RunComparison.SideSummary s : r.sides()) {
                w.printf("%-5s scalars: %d compared in runs both hold, %d bit-identical, max rel diff %.3g%n",
                        s.side(), s.compared(), s.identical(), s.maxRelDiff());
            }
            if (!r.largest().isEmpty()) {
                w.println("largest scalar differences:");
                for (RunComparison.ScalarRow s : r.largest()) {
                    w.printf("  %s/%s %s %s: %s vs %s (rel %.3g)%n", s.experiment(), s.run(), s.side(), s.name(), s.a(), s.b(), s.relDiff());
                }
            }
            w.println("exact parity (worst core-vs-DL4J relative difference per experiment):");
            for (RunComparison.ParityRow p : r.parity()) w.printf("  %-24s A %.3g   B %.3g%n", p.experiment(), p.parityA(), p.parityB());
            if (!r.onlyInA().isEmpty()) w.println("only in A: " + String.join(", ", r.onlyInA()));
            if (!r.onlyInB().isEmpty()) w.println("only in B: " + String.join(", ", r.onlyInB()));
            SweepParityText.print(w, statistical);
            w.println();
            w.println(r.verdictsEqual() ? "the two runs reach the same verdicts on every claim."
                    : "the two runs part on " + r.claimsDiffering() + " claim(s) (marked above).");
            if (different > 0) w.println("the outcomes of " + different + " configuration(s) × metric(s) are distributed differently in A and B (marked above).");
        }
        w.flush();
        return r.verdictsEqual() && different == 0 ? 0 : 1;
    }

    private int compareExternal(Path export, Path theirs) throws Exception {
        ExternalComparison.Result r;
        try {
            r = ExternalComparison.compare(export, theirs, tolerance.value());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json.on()) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("mode", "external");
            root.put("export", export.toAbsolutePath().normalize().toString());
            root.put("theirs", theirs.toAbsolutePath().normalize().toString());
            root.put("steps", r.steps());
            root.put("parameters", r.parameters());
            root.put("tolerance", r.tolerance());
            root.put("agrees", r.agrees());
            root.set("againstCore", Json.mapper().valueToTree(r.core()));
            root.set("againstDl4j", Json.mapper().valueToTree(r.dl4j()));
            root.set("coreVsDl4j", Json.mapper().valueToTree(r.coreVsDl4j()));
            w.println(Json.mapper().writeValueAsString(root));
        } else {
            w.println("export: " + export.toAbsolutePath().normalize() + " (" + r.steps() + " steps, " + r.parameters() + " parameters)");
            w.println("yours:  " + theirs.toAbsolutePath().normalize());
            w.println("rel(a, b) = max_i |a_i - b_i| / max(max_i |a_i|, max_i |b_i|, 1e-300); losses compared step by step");
            w.printf("%-14s %-22s %-10s %-18s %-18s%n", "", "max step loss rel", "at step", "first step > tol", "final params rel");
            for (ExternalComparison.Against x : new ExternalComparison.Against[] {r.core(), r.dl4j(), r.coreVsDl4j()}) {
                String label = switch (x.reference()) {
                    case "core" -> "yours vs core";
                    case "dl4j" -> "yours vs DL4J";
                    default -> "core vs DL4J";
                };
                w.printf("%-14s %-22.3g %-10d %-18s %-18.3g%n", label, x.maxStepLossRel(), x.worstStep(),
                        x.firstStepAbove() < 0 ? "-" : Integer.toString(x.firstStepAbove()), x.finalParamsRel());
            }
            w.println();
            w.println(r.agrees() ? String.format("agreement: within %.1e of both the core and DL4J.", r.tolerance())
                    : String.format("NO agreement within %.1e (see the first step above the tolerance).", r.tolerance()));
        }
        w.flush();
        return r.agrees() ? 0 : 1;
    }
}
