package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.store.Provenance;
import io.twinnet.experiments.lab.store.Resumption;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.lab.store.RunNotStoredException;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.SpecException;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.sweep.EngineSettings;
import io.twinnet.experiments.lab.sweep.SweepEngine;
import io.twinnet.experiments.lab.sweep.SweepEngines;
import io.twinnet.experiments.lab.sweep.SweepRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code twinnet run}: runs (or resumes) a sweep of the catalog on both implementations, writes
 * {@code results.json} and the report, and prints a summary. Exit 0 whenever the sweep ran,
 * whatever the verdicts; 2 on bad input.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run experiments of the catalog on the core and on DL4J, with identical seeds and data order.",
                "Results go to runs/<run-id>/ (or --out DIR): results.json, one record per finished run, and report/."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID|FILE", description = {"Experiment ids (default: the whole catalog; see 'twinnet list'),",
            "or experiment files (.yaml, .yml, .json; see examples/)."})
    List<String> ids = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "quick|full", description = "quick (default): MNIST subsets, few seeds; full: the seeds' setups.")
    String profile;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per configuration (default: the profile's).")
    Integer seeds;

    @Option(names = "--first-seed", paramLabel = "K", description = "Run seeds K, K+1, ... (default 1): a verdict should survive a change of seeds.")
    Integer firstSeed;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/<timestamp>-<profile>).")
    Path out;

    @Option(names = "--resume", description = "Continue the sweep in --out (or the newest one under runs/), recomputing nothing that finished.")
    boolean resume;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--engine", paramLabel = "local|spark",
            description = "Where the runs are computed: local (default, --threads in this JVM) or spark (Apache Spark; see --master).")
    String engine = SweepEngines.LOCAL;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master (default: embedded local[*]; e.g. local[2], spark://HOST:7077).")
    String master;

    @Option(names = "--impl", paramLabel = "both|core|dl4j",
            description = "Which implementations to run (default both). With one, the other's verdicts are 'not-run'.")
    String impl;

    @Option(names = "--configs", paramLabel = "REGEX",
            description = "Run only the configurations whose id contains a match (e.g. 'plain-half-sum'); claims are judged on what ran.")
    String configs;

    @Option(names = "--precision", paramLabel = "double|float32",
            description = "The precision of every network, core and DL4J (default double; float32 = DL4J's FLOAT and the float32 core).")
    String precision;

    @Option(names = "--shared-init",
            description = {"DL4J starts every training run from the core's initial parameters, so each seed is also an exact",
                    "trajectory comparison over the whole run (at-initialisation trials ignore it). Needs both implementations."})
    boolean sharedInit;

    @Mixin
    JsonOutput json;

    @Mixin
    ReportOption report;

    private final CliContext context;

    RunCommand(CliContext context) {
        this.context = context;
    }

    /** The run directory's lock, held from the moment the directory is chosen until the command returns. */
    private io.twinnet.experiments.lab.store.DirectoryLock lock;

    @Override
    public Integer call() throws Exception {
        try {
            return sweep();
        } finally {
            if (lock != null) lock.close();
        }
    }

    private Integer sweep() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintStream progressStream = System.err;

        if (seeds != null && seeds < 1) throw new UserInputException("--seeds: must be at least 1, got " + seeds);
        if (firstSeed != null && firstSeed < 1) throw new UserInputException("--first-seed: must be at least 1, got " + firstSeed);
        Profile requested;
        try {
            requested = profile == null ? null : Profile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        FileArguments named = FileArguments.of(ids, context);
        for (String id : named.catalogIds()) context.require(id, "");
        List<String> implementations = parseImplementations();
        try {
            SweepEngines.check(engine, java.util.Optional.ofNullable(master));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (configs != null) {
            try {
                java.util.regex.Pattern.compile(configs);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new UserInputException("--configs: not a regular expression: " + e.getDescription() + " in '" + configs + "'");
            }
        }
        if (sharedInit && implementations.size() < Implementation.values().length) {
            throw new UserInputException("--shared-init: DL4J starts from the core's parameters, so it needs both implementations (drop --impl " + impl + ")");
        }
        int workers = threads.workers();

        Precision precisionChoice;
        try {
            precisionChoice = precision == null ? null : Precision.parse(precision, "--precision");
        } catch (SpecException e) {
            throw new UserInputException(e.getMessage());
        }
        Path dir = resolveDirectory(requested);
        lock = SweepLock.acquire(dir, progressStream);
        ResultsStore store = context.stores().apply(dir);
        RunManifest manifest;
        if (resume && store.readManifest().isPresent()) {
            manifest = store.readManifest().get();
            if (requested != null && !requested.label().equals(manifest.profile())) {
                throw new UserInputException("--profile: " + dir + " holds a " + manifest.profile()
                        + " sweep; resume it without --profile or with --profile " + manifest.profile());
            }
            if (seeds != null && seeds != manifest.seeds()) {
                throw new UserInputException("--seeds: " + dir + " was started with --seeds " + manifest.seeds());
            }
            if (firstSeed != null && firstSeed != manifest.firstRunSeed()) {
                throw new UserInputException("--first-seed: " + dir + " was started with --first-seed " + manifest.firstRunSeed());
            }
            if (!ids.isEmpty() && !named.experimentIds().equals(manifest.experiments())) {
                throw new UserInputException("ID: " + dir + " holds a sweep of " + manifest.experiments() + "; resume it without ids");
            }
            if (impl != null && !manifest.implementationSet().equals(Set.copyOf(implementations.stream().map(Implementation::parse).toList()))) {
                throw new UserInputException("--impl: " + dir + " was started with --impl " + implLabel(manifest));
            }
            if (precisionChoice != null && precisionChoice != manifest.precisionValue()) {
                throw new UserInputException("--precision: " + dir + " was started with --precision " + manifest.precisionValue().jsonName());
            }
            if (sharedInit && !manifest.sharedInitValue()) {
                throw new UserInputException("--shared-init: " + dir + " holds a sweep in which each side drew its own initial parameters; "
                        + "its records cannot be mixed with shared-init ones. Resume it without --shared-init, or start a shared-init sweep "
                        + "in another directory");
            }
            if (configs != null && !configs.equals(manifest.configFilter())) {
                throw new UserInputException("--configs: " + dir + " was started with "
                        + (manifest.configFilter() == null ? "every configuration" : "--configs '" + manifest.configFilter() + "'"));
            }
            DamagedRecords.print(store, progressStream, "twinnet run", "computed again");
            Resumption resumption = Resumption.of(Instant.now().toString(), manifest.provenance(), Provenance.collect(workers));
            manifest = manifest.resumedBy(resumption);
            store.writeManifest(manifest);
            if (!resumption.changed().isEmpty()) {
                progressStream.println("twinnet run: " + dir + " was started by another build or software (" + String.join("; ", resumption.changed())
                        + "); the runs finished from now on are computed by this one, and run.json lists every resumption");
            }
        } else {
            Profile p = requested == null ? Profile.QUICK : requested;
            List<String> chosen = ids.isEmpty() ? context.ids() : named.experimentIds();
            named.storeInto(dir);
            manifest = new RunManifest(ResultsStore.SCHEMA_VERSION, dir.getFileName().toString(), p.label(),
                    seeds == null ? 0 : seeds, chosen, ZonedDateTime.now(ZoneOffset.UTC).toInstant().toString(),
                    Provenance.collect(workers), implementations, configs, firstSeed,
                    precisionChoice == null ? null : precisionChoice.jsonName(), sharedInit ? Boolean.TRUE : null);
            store.writeManifest(manifest);
        }

        List<RunnableExperiment> experiments = new ArrayList<>();
        for (String id : manifest.experiments()) {
            experiments.add(named.find(id, dir, context).orElseGet(() -> context.require(id, "the run in " + dir + " names an ")));
        }
        Profile p = Profile.parse(manifest.profile());
        boolean needsMnist = experiments.stream().anyMatch(RunnableExperiment::usesMnist);
        RunEnvironment env = context.environments().open(p, needsMnist).restrictedTo(manifest.implementationSet())
                .withPrecision(manifest.precisionValue()).withSharedInit(manifest.sharedInitValue());
        SweepEngine sweepEngine = openEngine(workers);
        progressStream.println("twinnet run: " + manifest.experiments().size() + " experiment(s), profile " + p.label()
                + ", implementations " + implLabel(manifest) + ", precision " + manifest.precisionValue().jsonName()
                + (manifest.sharedInitValue() ? ", shared init (DL4J from the core's initial parameters)" : "")
                + (manifest.configFilter() == null ? "" : ", configurations matching '" + manifest.configFilter() + "'")
                + ", " + sweepEngine.description() + ", results in " + dir);
        ConsoleProgress progress = new ConsoleProgress(progressStream, System.console() != null && !json.on());
        SweepRunner runner = new SweepRunner(store, env, sweepEngine, progress);
        ResultsDocument doc;
        try {
            doc = runner.run(manifest, experiments);
        } catch (RunNotStoredException e) {
            throw new WorkFailedException(e.getMessage() + ". The sweep stopped; every run stored before is intact. "
                    + "Free space (or make " + dir + " writable again), then continue with: twinnet run --resume --out " + dir, e);
        }

        Path rendered = report.render(dir);
        if (json.on()) {
            out.println(Json.mapper().writeValueAsString(summaryJson(dir, doc, rendered)));
        } else {
            printSummary(out, dir, doc, rendered);
        }
        out.flush();
        return 0;
    }

    /** The engine of --engine and --master; bad names or options are the user's input errors. */
    private SweepEngine openEngine(int workers) {
        try {
            return SweepEngines.open(engine, new EngineSettings(workers, java.util.Optional.ofNullable(master)));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** The --impl option as the manifest stores it: both implementations' labels, or one. */
    private List<String> parseImplementations() {
        if (impl == null || impl.equals("both")) return List.of(Implementation.CORE.label(), Implementation.DL4J.label());
        try {
            return List.of(Implementation.parse(impl).label());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--impl: expected both, core or dl4j, got '" + impl + "'");
        }
    }

    private static String implLabel(RunManifest m) {
        Set<Implementation> set = m.implementationSet();
        return set.size() == Implementation.values().length ? "both"
                : set.stream().map(Implementation::label).collect(java.util.stream.Collectors.joining(","));
    }

    private Path resolveDirectory(Profile requested) {
        Path dir;
        if (out != null) {
            dir = out;
        } else if (resume) {
            dir = newestRun().orElseThrow(() -> new UserInputException("--resume: there is no run under runs/ to resume; pass --out DIR"));
        } else {
            String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            dir = Path.of("runs", stamp + "-" + (requested == null ? Profile.QUICK : requested).label());
        }
        dir = dir.toAbsolutePath().normalize();
        if (!resume && Files.exists(dir.resolve("run.json"))) {
            throw new UserInputException("--out: " + dir + " already holds a run; add --resume to continue it, or choose another directory");
        }
        if (resume && !Files.exists(dir.resolve("run.json"))) {
            throw new UserInputException("--resume: " + dir + " holds no run (no run.json)");
        }
        return WritableDirectory.prepare(dir, "--out");
    }

    private static java.util.Optional<Path> newestRun() {
        Path runs = Path.of("runs");
        if (!Files.isDirectory(runs)) return java.util.Optional.empty();
        try (Stream<Path> s = Files.list(runs)) {
            return s.filter(d -> Files.exists(d.resolve("run.json"))).max(Comparator.comparing(d -> d.getFileName().toString()));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static void printSummary(PrintWriter out, Path dir, ResultsDocument doc, Path report) {
        out.println();
        out.printf("%-24s %-28s %-15s %-15s%n", "experiment", "claim", "core", "dl4j");
        int differ = 0;
        int notCompared = 0;
        for (ExperimentResult e : doc.experiments()) {
            for (ClaimResult c : e.claims()) {
                boolean differs = c.compared() && !c.agree();
                String mark = differs ? "  <- implementations differ" : "";
                if (differs) differ++;
                if (!c.compared()) notCompared++;
                out.printf("%-24s %-28s %-15s %-15s%s%n", e.id(), c.id(), c.verdictOf(Implementation.CORE).label(),
                        c.verdictOf(Implementation.DL4J).label(), mark);
                if (!c.estimate().isEmpty()) {
                    out.printf("%-53s core %s | dl4j %s%n", "", estimateText(c, Implementation.CORE), estimateText(c, Implementation.DL4J));
                }
            }
        }
        out.println();
        if (notCompared > 0) {
            out.println("only one implementation ran (--impl), so " + notCompared + " claim(s) were not compared"
                    + (differ > 0 ? "; core and DL4J differ on " + differ + " other claim(s)." : "."));
        } else {
            out.println(differ == 0 ? "core and DL4J reach the same verdict on every claim."
                    : "core and DL4J differ on " + differ + " claim(s); see the report.");
        }
        SharedInitText.print(out, doc);
        out.println("results: " + dir.resolve("results.json"));
        if (report != null) out.println("report:  " + report);
    }

    private static String estimateText(ClaimResult c, Implementation impl) {
        var e = c.estimate().get(impl);
        return e == null ? "-" : e.format();
    }

    private static ObjectNode summaryJson(Path dir, ResultsDocument doc, Path report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("runDir", dir.toString());
        root.put("results", dir.resolve("results.json").toString());
        root.put("report", report == null ? null : report.toString());
        root.put("profile", doc.manifest().profile());
        ArrayNode claims = root.putArray("claims");
        int differ = 0;
        for (ExperimentResult e : doc.experiments()) {
            for (ClaimResult c : e.claims()) {
                ObjectNode n = claims.addObject();
                n.put("experiment", e.id());
                n.put("id", c.id());
                n.put("core", c.verdictOf(Implementation.CORE).label());
                n.put("dl4j", c.verdictOf(Implementation.DL4J).label());
                n.put("agree", c.agree());
                n.set("estimate", Json.mapper().valueToTree(c.estimate()));
                n.put("compared", c.compared());
                if (c.compared() && !c.agree()) differ++;
            }
        }
        root.put("claimsDiffering", differ);
        if (doc.manifest().sharedInitValue()) {
            ObjectNode t = root.putObject("trajectories");
            for (ExperimentResult e : doc.experiments()) t.set(e.id(), Json.mapper().valueToTree(e.trajectories()));
        }
        return root;
    }
}
