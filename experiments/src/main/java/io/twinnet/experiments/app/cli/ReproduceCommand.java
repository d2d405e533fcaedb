package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.catalog.Catalog;
import io.twinnet.experiments.app.exchange.Difference;
import io.twinnet.experiments.app.exchange.ReproductionDiff;
import io.twinnet.experiments.app.exchange.ReproductionOutcome;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.store.Provenance;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.app.cli.ConsoleProgress;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.sweep.SweepRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code twinnet reproduce RUN_DIR}: re-runs the sweep recorded in {@code RUN_DIR/run.json} (same
 * experiments, profile and seed override) into a new directory with the run command's environment, then
 * diffs every run record with {@link ReproductionDiff}: the core must be bit-identical, DL4J within a
 * relative tolerance, and every verdict equal. Exit 0 when the reproduction matches, 1 when it does not
 * (the differences are listed), 2 on bad input.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-run the sweep recorded in RUN_DIR/run.json into a new directory and diff every run record:",
                "core values must be bit-identical, DL4J values within --tolerance (relative), verdicts equal.",
                "Exit 0: reproduced; 1: differences (listed); 2: bad input."})
public final class ReproduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A finished run directory written by 'twinnet run'.")
    Path runDir;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the reproduction goes (default: RUN_DIR-reproduced-<timestamp>).")
    Path out;

    @Option(names = "--tolerance", paramLabel = "REL", description = "Relative tolerance for DL4J values (default: 1e-9, for DOUBLE).")
    Double tolerance;

    @Option(names = "--threads", paramLabel = "N", description = "Runs in parallel (default: the number of cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object instead of the summary.")
    boolean json;

    @Option(names = "--no-report", description = "Do not render the reproduction's HTML/Markdown report.")
    boolean noReport;

    /** How experiment ids are resolved; tests replace it with their own small experiments. */
    static Function<String, Optional<RunnableExperiment>> experiments = Catalog::find;

    /** At most this many differences are printed in the text summary (the JSON lists them all). */
    static final int PRINTED_DIFFERENCES = 40;

    @Override
    public Integer call() throws Exception {
        double tol = tolerance == null ? ReproductionDiff.DEFAULT_DL4J_TOLERANCE : tolerance;
        if (!(tol >= 0) || !Double.isFinite(tol)) throw new UserInputException("--tolerance: must be a finite number >= 0, got " + tolerance);
        if (threads != null && threads < 1) throw new UserInputException("--threads: must be at least 1, got " + threads);
        ResultsStore original = new ResultsStore(runDir);
        RunManifest recorded = readManifest(original);
        ResultsDocument before = readFinishedResults(original);
        List<RunnableExperiment> chosen = new ArrayList<>();
        for (String id : recorded.experiments()) {
            chosen.add(FileArguments.find(id, original.dir(), experiments).orElseThrow(() -> new UserInputException("RUN_DIR: " + original.manifestPath()
                    + " names experiment '" + id + "', which this twinnet does not know")));
        }
        Profile profile;
        try {
            profile = Profile.parse(recorded.profile());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("RUN_DIR: " + original.manifestPath() + ": " + e.getMessage());
        }

        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path dir = targetDirectory(original.dir());
        ResultsStore store = new ResultsStore(dir);
        Map<String, Object> provenance = new LinkedHashMap<>(Provenance.collect(workers));
        provenance.put("reproduces", original.dir().toString());
        RunManifest manifest = new RunManifest(ResultsStore.SCHEMA_VERSION, dir.getFileName().toString(), recorded.profile(),
                recorded.seeds(), recorded.experiments(), Instant.now().toString(), provenance, recorded.implementations(),
                recorded.configFilter());
        copyDefinitions(original.dir(), dir);
        store.writeManifest(manifest);

        System.err.println("twinnet reproduce: re-running " + recorded.experiments() + " (profile " + profile.label()
                + (recorded.seeds() > 0 ? ", --seeds " + recorded.seeds() : "") + ") from " + original.dir() + " into " + dir);
        boolean needsMnist = chosen.stream().anyMatch(RunnableExperiment::usesMnist);
        SweepRunner runner = new SweepRunner(store,
                RunCommand.environmentFactory.apply(profile, needsMnist).restrictedTo(manifest.implementationSet()), workers,
                new ConsoleProgress(System.err, System.console() != null && !json));
        ResultsDocument after = runner.run(manifest, chosen);
        Path report = noReport ? null : ReportCommand.render(dir);

        ReproductionOutcome outcome = ReproductionDiff.compare(before, after, tol);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Json.mapper().writeValueAsString(toJson(original.dir(), dir, report, recorded, manifest, outcome)));
        } else {
            print(w, original.dir(), dir, report, recorded, manifest, outcome);
        }
        w.flush();
        return outcome.matches() ? 0 : 1;
    }

    /** The experiment files the original run was started with go with the reproduction, so it too can be resumed and reproduced. */
    private static void copyDefinitions(Path original, Path dir) throws IOException {
        Path from = original.resolve("definitions");
        if (!Files.isDirectory(from)) return;
        Files.createDirectories(dir.resolve("definitions"));
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve("definitions").resolve(f.getFileName()));
        }
    }

    private static RunManifest readManifest(ResultsStore store) {
        if (!Files.isDirectory(store.dir())) {
            throw new UserInputException("RUN_DIR: " + store.dir() + " is not a directory; pass a directory written by 'twinnet run'");
        }
        try {
            return store.readManifest().orElseThrow(() -> new UserInputException("RUN_DIR: " + store.manifestPath()
                    + " does not exist; pass a directory written by 'twinnet run'"));
        } catch (RuntimeException e) {
            if (e instanceof UserInputException u) throw u;
            throw new UserInputException("RUN_DIR: " + store.manifestPath() + " is not a readable run manifest (" + e.getMessage() + ")", e);
        }
    }

    private static ResultsDocument readFinishedResults(ResultsStore store) {
        if (!Files.isRegularFile(store.resultsPath())) {
            throw new UserInputException("RUN_DIR: " + store.resultsPath() + " does not exist; finish the sweep first with "
                    + "'twinnet run --resume --out " + store.dir() + "'");
        }
        ResultsDocument doc;
        try {
            doc = store.readResults();
        } catch (RuntimeException e) {
            throw new UserInputException("RUN_DIR: " + e.getMessage(), e);
        }
        if (!doc.complete()) {
            throw new UserInputException("RUN_DIR: " + store.resultsPath() + " is incomplete (the sweep was interrupted); finish it first with "
                    + "'twinnet run --resume --out " + store.dir() + "'");
        }
        return doc;
    }

    private Path targetDirectory(Path original) {
        Path dir = out;
        if (dir == null) {
            String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            dir = original.resolveSibling(original.getFileName() + "-reproduced-" + stamp);
        }
        dir = dir.toAbsolutePath().normalize();
        if (dir.equals(original)) throw new UserInputException("--out: must differ from RUN_DIR " + original);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new UserInputException("--out: " + dir + " exists and is not a directory");
        if (Files.exists(dir.resolve("run.json"))) {
            throw new UserInputException("--out: " + dir + " already holds a run; choose another directory");
        }
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".write-test", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new UserInputException("--out: cannot write to " + dir + " (" + e.getMessage() + "); choose a writable directory");
        }
        return dir;
    }

    private static String prov(RunManifest m, String key) {
        Object v = m.provenance() == null ? null : m.provenance().get(key);
        return v == null ? "unknown" : v.toString();
    }

    private static void print(PrintWriter w, Path originalDir, Path dir, Path report, RunManifest recorded, RunManifest now,
                              ReproductionOutcome o) {
        w.println();
        w.println("original:     " + originalDir + " (commit " + prov(recorded, "gitCommit") + ", OMP_NUM_THREADS " + prov(recorded, "ompNumThreads") + ")");
        w.println("reproduction: " + dir + " (commit " + prov(now, "gitCommit") + ", OMP_NUM_THREADS " + prov(now, "ompNumThreads") + ")");
        if (!Objects.equals(prov(recorded, "ompNumThreads"), prov(now, "ompNumThreads"))) {
            w.println("note: OMP_NUM_THREADS differs; DL4J's bits depend on it (the core's do not).");
        }
        w.printf("runs compared: %d (%d core values, %d DL4J values)%n", o.runsCompared(), o.coreValuesCompared(), o.dl4jValuesCompared());
        w.println("core:     " + (o.coreBitIdentical() ? "bit-identical" : "DIFFERS (must be bit-identical)"));
        w.println("DL4J:     " + (o.dl4jBitIdentical() ? "bit-identical"
                : (o.dl4jWithinTolerance() ? "within" : "OUTSIDE") + String.format(" relative tolerance %.1e (%d value(s) not bit-identical, max rel diff %.3g)",
                o.dl4jTolerance(), o.dl4jDifferingValues(), o.dl4jMaxRelDiff())));
        w.println("verdicts: " + (o.verdictsEqual() ? "equal" : "DIFFER"));
        if (!o.structureEqual()) w.println("records:  DIFFER in structure (missing runs, names or statuses)");
        if (!o.differences().isEmpty()) {
            w.println();
            w.println("differences:");
            int n = 0;
            for (Difference d : o.differences()) {
                if (n++ == PRINTED_DIFFERENCES) {
                    w.println("  ... and " + (o.differences().size() - PRINTED_DIFFERENCES) + " more (see --json)");
                    break;
                }
                w.println("  " + d.describe());
            }
        }
        w.println();
        w.println(o.matches() ? "reproduced: the core is bit-identical and DL4J within tolerance." : "NOT reproduced.");
        if (report != null) w.println("report:  " + report);
    }

    private static ObjectNode toJson(Path originalDir, Path dir, Path report, RunManifest recorded, RunManifest now, ReproductionOutcome o) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("original", originalDir.toString());
        root.put("reproduction", dir.toString());
        root.put("report", report == null ? null : report.toString());
        root.put("profile", recorded.profile());
        root.put("seeds", recorded.seeds());
        root.set("experiments", Json.mapper().valueToTree(recorded.experiments()));
        root.put("originalCommit", prov(recorded, "gitCommit"));
        root.put("reproductionCommit", prov(now, "gitCommit"));
        root.put("originalOmpNumThreads", prov(recorded, "ompNumThreads"));
        root.put("reproductionOmpNumThreads", prov(now, "ompNumThreads"));
        root.put("matches", o.matches());
        root.put("runsCompared", o.runsCompared());
        root.put("coreValuesCompared", o.coreValuesCompared());
        root.put("dl4jValuesCompared", o.dl4jValuesCompared());
        root.put("coreBitIdentical", o.coreBitIdentical());
        root.put("dl4jBitIdentical", o.dl4jBitIdentical());
        root.put("dl4jWithinTolerance", o.dl4jWithinTolerance());
        root.put("dl4jTolerance", o.dl4jTolerance());
        root.put("dl4jDifferingValues", o.dl4jDifferingValues());
        root.put("dl4jMaxRelDiff", o.dl4jMaxRelDiff());
        root.put("verdictsEqual", o.verdictsEqual());
        root.put("structureEqual", o.structureEqual());
        ArrayNode diffs = root.putArray("differences");
        for (Difference d : o.differences()) diffs.add(Json.mapper().valueToTree(d));
        return root;
    }
}
