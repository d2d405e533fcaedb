package io.twinnet.experiments.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.store.Provenance;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.lab.DefaultRunEnvironment;
import io.twinnet.experiments.lab.sweep.SweepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code twinnet report} on a run directory with a damaged record: the file is named, the report is still rendered. */
class ReportDamagedRecordTest {

    @Test
    void aDamagedRecordIsNamedAndTheRestIsStillRendered(@TempDir Path dir) throws Exception {
        ResultsStore store = new ResultsStore(dir);
        RunManifest manifest = new RunManifest(ResultsStore.SCHEMA_VERSION, "r", "quick", 0, List.of(TinyBlobsExperiment.ID),
                Instant.now().toString(), Provenance.collect(1));
        store.writeManifest(manifest);
        var experiment = TinyBlobsExperiment.declared();
        new SweepRunner(store, new DefaultRunEnvironment(Profile.QUICK), 1, null).run(manifest, List.of(experiment));
        RunConfig first = experiment.configurations(Profile.QUICK, 0).get(0);
        Files.writeString(store.recordPath(first), "{ \"config\" : {");

        CliRun r = CliRun.of("report", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(store.recordPath(first).toString()), r.err());
        assertTrue(r.err().contains("--resume"), "says how to recompute it: " + r.err());
        assertTrue(Files.isRegularFile(dir.resolve("report").resolve("index.html")));
    }
}
