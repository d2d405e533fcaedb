package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.app.exchange.CaseId;
import io.twinnet.experiments.app.exchange.ReproductionDiff;
import io.twinnet.experiments.app.exchange.ReproductionOutcome;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.store.RecordLookup;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import java.io.PrintWriter;

/**
 * {@code twinnet reproduce RUN_DIR --run EXPERIMENT/CONFIG[#SEED]}: one stored run replayed from its own record
 * — its configuration, its named seeds, on the implementations it ran ({@link DeclaredExperiment#replay}) — and
 * diffed against it with {@link ReproductionDiff#compareRun}: the rebuilt spec and data identity must be the
 * recorded ones, the core bit-identical, DL4J within the tolerance. Nothing is written.
 */
final class OneRunReplay {
    private OneRunReplay() {
    }

    /** Replays the run {@code run} of the sweep in {@code store}; exit 0 when it matches its record, 1 when not. */
    static int replay(CliContext context, ResultsStore store, RunManifest manifest, String run, double tolerance, boolean json,
                      PrintWriter w) throws Exception {
        CaseId id;
        try {
            id = CaseId.parse(run);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--run: " + e.getMessage());
        }
        RunConfig key = new RunConfig(id.family(), id.config(), id.seed(), null);
        RecordLookup lookup = store.lookupRecord(key);
        if (lookup instanceof RecordLookup.Unreadable u) throw new UserInputException("--run: cannot read the record " + u.file().describe());
        if (!(lookup instanceof RecordLookup.Found found)) {
            throw new UserInputException("--run: " + store.dir() + " holds no record of " + id + " (no " + store.recordPath(key) + ")");
        }
        RunRecord stored = found.record();
        RunnableExperiment experiment = FileArguments.stored(id.family(), store.dir(), context).orElseGet(() -> context.require(id.family(), "--run: "));
        if (!(experiment instanceof DeclaredExperiment<?> declared)) {
            throw new UserInputException("--run: " + id.family() + " is not a declared experiment, so its runs cannot be rebuilt");
        }
        Profile profile = Profile.parse(manifest.profile());
        RunEnvironment env = context.environments().open(profile, declared.usesMnist()).restrictedTo(manifest.implementationSet())
                .withPrecision(manifest.precisionValue());
        RunRecord replayed;
        try {
            replayed = declared.replay(stored, env);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--run: " + e.getMessage(), e);
        }
        ReproductionOutcome o = ReproductionDiff.compareRun(id.family(), stored, replayed, tolerance);
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("run", id.toString());
            root.put("record", store.recordPath(key).toString());
            root.put("profile", profile.label());
            w.println(Json.mapper().writeValueAsString(OutcomeText.json(root, o)));
        } else {
            w.println("run:      " + id + ", replayed from its record " + store.recordPath(key));
            w.println("          (its configuration in the " + profile.label() + " grid, its named seeds, its spec and data checked against the record)");
            OutcomeText.print(w, o, false);
        }
        w.flush();
        return o.matches() ? 0 : 1;
    }
}
