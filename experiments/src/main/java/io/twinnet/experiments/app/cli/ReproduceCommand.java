package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.app.exchange.ReproductionDiff;
import io.twinnet.experiments.app.exchange.ReproductionOutcome;
import io.twinnet.experiments.files.StoredDefinitions;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.store.Provenance;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.sweep.SweepRunner;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                "With --run EXPERIMENT/CONFIG[#SEED], replay that one run from its own record instead.",
                "Exit 0: reproduced; 1: differences (listed); 2: bad input."})
public final class ReproduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A finished run directory written by 'twinnet run'.")
    Path runDir;

    @Option(names = "--run", paramLabel = "EXPERIMENT/CONFIG[#SEED]",
            description = "Replay only this stored run, from its own record (spec, named seeds, data identity), and diff it; writes nothing.")
    String run;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the reproduction goes (default: RUN_DIR-reproduced-<timestamp>).")
    Path out;

    @Mixin
    ToleranceOption tolerance;

    @Mixin
    ThreadsOption threads;

    @Mixin
    JsonOutput json;

    @Mixin
    ReportOption report;

    private final CliContext context;

    ReproduceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        double tol = tolerance.value();
        int workers = threads.workers();
        ResultsStore original = new ResultsStore(runDir);
        RunManifest recorded = readManifest(original);
        if (run != null) {
            if (out != null) throw new UserInputException("--out: --run replays one run in memory and writes nothing; leave --out out");
            return OneRunReplay.replay(context, original, recorded, run, tol, json.on(), spec.commandLine().getOut());
        }
        ResultsDocument before = RunDirectory.finishedResults(original, "RUN_DIR");
        List<RunnableExperiment> chosen = new ArrayList<>();
        for (String id : recorded.experiments()) {
            chosen.add(FileArguments.stored(id, original.dir(), context).orElseGet(() -> context.require(id, "RUN_DIR: " + original.manifestPath() + " names an ")));
        }
        Profile profile;
        try {
            profile = Profile.parse(recorded.profile());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("RUN_DIR: " + original.manifestPath() + ": " + e.getMessage());
        }

        Path dir = targetDirectory(original.dir());
        ResultsStore store = context.stores().apply(dir);
        Map<String, Object> provenance = new LinkedHashMap<>(Provenance.collect(workers));
        provenance.put("reproduces", original.dir().toString());
        RunManifest manifest = new RunManifest(ResultsStore.SCHEMA_VERSION, dir.getFileName().toString(), recorded.profile(),
                recorded.seeds(), recorded.experiments(), Instant.now().toString(), provenance, recorded.implementations(),
                recorded.configFilter(), recorded.firstSeed(), recorded.precision());
        // The files the original run was started with, and their data, go with the reproduction, so it too can be resumed and reproduced.
        StoredDefinitions.copy(original.dir(), dir);
        store.writeManifest(manifest);

        System.err.println("twinnet reproduce: re-running " + recorded.experiments() + " (profile " + profile.label()
                + (recorded.seeds() > 0 ? ", --seeds " + recorded.seeds() : "") + ") from " + original.dir() + " into " + dir);
        boolean needsMnist = chosen.stream().anyMatch(RunnableExperiment::usesMnist);
        SweepRunner runner = new SweepRunner(store,
                context.environments().open(profile, needsMnist).restrictedTo(manifest.implementationSet())
                        .withPrecision(manifest.precisionValue()), workers,
                new ConsoleProgress(System.err, System.console() != null && !json.on()));
        ResultsDocument after = runner.run(manifest, chosen);
        Path rendered = report.render(dir);

        ReproductionOutcome outcome = ReproductionDiff.compare(before, after, tol);
        PrintWriter w = spec.commandLine().getOut();
        if (json.on()) {
            w.println(Json.mapper().writeValueAsString(toJson(original.dir(), dir, rendered, recorded, manifest, outcome)));
        } else {
            print(w, original.dir(), dir, rendered, recorded, manifest, outcome);
        }
        w.flush();
        return outcome.matches() ? 0 : 1;
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

    private Path targetDirectory(Path original) {
        Path dir = out;
        if (dir == null) {
            String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            dir = original.resolveSibling(original.getFileName() + "-reproduced-" + stamp);
        }
        dir = dir.toAbsolutePath().normalize();
        if (dir.equals(original)) throw new UserInputException("--out: must differ from RUN_DIR " + original);
        if (Files.exists(dir.resolve("run.json"))) {
            throw new UserInputException("--out: " + dir + " already holds a run; choose another directory");
        }
        return WritableDirectory.prepare(dir, "--out");
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
        OutcomeText.print(w, o, true);
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
        return OutcomeText.json(root, o);
    }
}
