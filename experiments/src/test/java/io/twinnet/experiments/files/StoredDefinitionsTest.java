package io.twinnet.experiments.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunnableExperiment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run directory keeps an experiment file with its data, so the experiment is rebuilt from the directory alone. */
class StoredDefinitionsTest {
    @TempDir
    Path tmp;

    @Test
    void aStoredExperimentIsRebuiltAfterItsFileAndDataAreDeleted() throws Exception {
        ExperimentFile original = ExperimentFileReader.read(UserArraysFixture.write(tmp.resolve("src")));
        Path run = tmp.resolve("run");
        StoredDefinitions.store(run, original);
        deleteTree(tmp.resolve("src"));

        assertEquals(Optional.of(original.definition()), StoredDefinitions.definition(run, UserArraysFixture.ID));
        RunnableExperiment found = StoredDefinitions.find(run, UserArraysFixture.ID).orElseThrow();
        ExperimentFile rebuilt = ((FileExperiment) ((DeclaredExperiment<?>) found).declaration()).file();
        assertEquals(original.setups(), rebuilt.setups());
        assertEquals(new FileExperiment(original).setup(Profile.QUICK), found.setup(Profile.QUICK), "the setup names the file as it was given");
        assertEquals(original.file(), rebuilt.file());
    }

    @Test
    void dataFileNamesWithDotsAndSlashesAreStoredAsOneFileEach() throws Exception {
        StoredDefinitions.store(tmp.resolve("run"), ExperimentFileReader.read(UserArraysFixture.write(tmp.resolve("src"))));
        try (var s = Files.list(tmp.resolve("run").resolve("definitions").resolve(UserArraysFixture.ID + ".data"))) {
            assertEquals(java.util.List.of("%2E.%2Fdata%2Ffeatures.npy", "%2Elabels.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theReportReadsTheTextOfEveryStoredFileButNotItsData() throws Exception {
        ExperimentFile original = ExperimentFileReader.read(UserArraysFixture.write(tmp.resolve("src")));
        StoredDefinitions.store(tmp.resolve("run"), original);
        assertEquals(java.util.Map.of(UserArraysFixture.ID, original.text()), StoredDefinitions.texts(tmp.resolve("run")));
    }

    @Test
    void aDirectoryStoredBeforeTheDataWereCopiedReadsThemFromItsBaseDirectory() throws Exception {
        Path file = UserArraysFixture.write(tmp.resolve("src"));
        Path definitions = Files.createDirectories(tmp.resolve("old-run").resolve("definitions"));
        Files.copy(file, definitions.resolve(UserArraysFixture.ID + ".yaml"));
        Files.writeString(definitions.resolve(UserArraysFixture.ID + ".base"), file.getParent().toString());

        ExperimentDefinition d = StoredDefinitions.definition(tmp.resolve("old-run"), UserArraysFixture.ID).orElseThrow();
        assertEquals(Optional.empty(), d.differenceFrom(ExperimentFileReader.read(file).definition()));
    }

    @Test
    void aCatalogIdHasNoStoredDefinition() {
        assertTrue(StoredDefinitions.definition(tmp, "relu-init-range").isEmpty());
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
