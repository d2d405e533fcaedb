package io.twinnet.experiments.lab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep writes the figures an experiment declares for the swept profile into results.json. */
class SweepStoresDeclaredFiguresTest {

    @Test
    void theDeclaredFiguresOfTheSweptProfileAreInResultsJson(@TempDir Path tmp) throws Exception {
        FigureDeclaration quick = new FigureDeclaration("loss", "Loss (quick)", "loss", "step", "loss", false, true, null, Map.of("a", "A"));
        FigureDeclaration full = new FigureDeclaration("loss", "Loss (full)", "loss", "step", "loss", false, true, null, Map.of("b", "B"));
        TinyXorExperiment experiment = new TinyXorExperiment(1, 0) {
            @Override
            public List<FigureDeclaration> figures(Profile profile) {
                return List.of(profile == Profile.QUICK ? quick : full);
            }
        };
        ResultsStore store = new ResultsStore(tmp);
        ResultsDocument doc = new SweepRunner(store, TinyXorExperiment.environment(), 1, null)
                .run(SweepRunnerTest.manifest("tiny-xor"), List.of(experiment));
        assertEquals(List.of(quick), doc.experiments().get(0).figures());
        assertEquals(List.of(quick), store.readResults().experiments().get(0).figures(), "as read back from results.json");
    }
}
