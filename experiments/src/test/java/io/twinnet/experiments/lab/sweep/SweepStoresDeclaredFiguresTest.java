package io.twinnet.experiments.lab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.twinnet.experiments.lab.Figure;
import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.Metrics;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep writes the figures an experiment declares, resolved against the swept profile's grid, into results.json. */
class SweepStoresDeclaredFiguresTest {

    @Test
    void theDeclaredFiguresOfTheSweptProfileAreInResultsJson(@TempDir Path tmp) throws Exception {
        TinyXorExperiment experiment = new TinyXorExperiment(1, 0) {
            @Override
            public List<Lr> grid(Profile profile) {
                return profile == Profile.QUICK ? List.of(new Lr(1)) : List.of(new Lr(1), new Lr(2));
            }

            @Override
            public List<Figure<Lr>> figures() {
                return List.of(Figure.<Lr>of("loss", "Loss", Metrics.EVAL_LOSS).seriesBy(p -> "lr " + p.lr()).withLogY());
            }
        };
        FigureDeclaration quick = new FigureDeclaration("loss", "Loss", "evalLoss", "step", "evaluation loss", false, true, null,
                Map.of("lr0.1", "lr 0.1"));
        ResultsStore store = new ResultsStore(tmp);
        ResultsDocument doc = new SweepRunner(store, TinyXorExperiment.environment(), 1, null)
                .run(SweepRunnerTest.manifest("tiny-xor"), List.of(experiment.declared()));
        assertEquals(List.of(quick), doc.experiments().get(0).figures());
        assertEquals(List.of(quick), store.readResults().experiments().get(0).figures(), "as read back from results.json");
    }
}
