package io.twinnet.experiments.app.report;

import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.RunManifest;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.ParityRecord;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A results document shaped like a real training sweep (loss and accuracy curves per config, two seeds). */
final class SyntheticResults {
    static final String HOSTILE = "<script>alert(1)</script>\"'&";

    private SyntheticResults() {
    }

    static ResultsDocument document(String title, String claimText) {
        List<RunConfig> configs = new ArrayList<>();
        List<RunRecord> runs = new ArrayList<>();
        for (String cfg : List.of("relu-he-lr0.01", "relu-u1-lr0.01")) {
            for (long seed = 1; seed <= 2; seed++) {
                RunConfig c = new RunConfig("demo", cfg, seed, Map.of("lr", 0.01));
                configs.add(c);
                Map<Implementation, SideRecord> sides = new LinkedHashMap<>();
                for (Implementation impl : Implementation.values()) {
                    double rate = cfg.contains("he") ? 0.02 : 0.0005;
                    double[] x = new double[11];
                    double[] loss = new double[11];
                    double[] acc = new double[11];
                    for (int i = 0; i <= 10; i++) {
                        x[i] = 100 * i;
                        loss[i] = 0.09 * Math.exp(-rate * x[i] / 10) + 0.001 * seed;
                        acc[i] = 1 - 0.9 * Math.exp(-rate * x[i] / 10);
                    }
                    sides.put(impl, new SideRecord(RunStatus.FINISHED, -1, null, Map.of("finalEvalAccuracy", acc[10], "finalEvalLoss", loss[10]),
                            Map.of("evalLoss", new Series(x, loss), "evalAccuracy", new Series(x, acc)), 0.5));
                }
                runs.add(new RunRecord(c, sides, new ParityRecord(50, "double", 1e-16, 3e-16, 2e-16), 1.0));
            }
        }
        ClaimResult claim = new ClaimResult("he-converges", claimText, "median final accuracy at least 0.8",
                Map.of(Implementation.CORE, Verdict.REPRODUCED, Implementation.DL4J, Verdict.REPRODUCED),
                Map.of(Implementation.CORE, "acc 0.87", Implementation.DL4J, "acc 0.87"));
        ExperimentResult e = new ExperimentResult("demo", title, "seed 000", "a small MLP", List.of(claim), configs, runs, 3e-16);
        RunManifest m = new RunManifest(1, "synthetic", "quick", 2, List.of("demo"), "2026-01-01T00:00:00Z",
                Map.of("twinnetVersion", "test", "dl4jVersion", "1.0.0-M2.1"));
        return new ResultsDocument("twinnet-results", 1, m, "2026-01-01T00:05:00Z", true, List.of(e));
    }

    /**
     * {@code doc} with a second experiment, {@code demo-declared}: the same runs and claims, with a
     * declared figure (log y) whose title and series labels carry {@link #HOSTILE}, so the declared
     * drawing (one chart, dashes, bands) is rendered and escaped as well.
     */
    static ResultsDocument withDeclaredFigure(ResultsDocument doc) {
        ExperimentResult first = doc.experiments().get(0);
        Map<String, String> labels = new LinkedHashMap<>();
        for (RunConfig c : first.configurations()) labels.put(c.config(), c.config() + " " + HOSTILE);
        FigureDeclaration loss = new FigureDeclaration("eval-loss", "loss " + HOSTILE, "evalLoss", "step", "evaluation loss",
                false, true, null, labels);
        ExperimentResult declared = new ExperimentResult("demo-declared", first.title(), first.source(), first.setup(), first.claims(),
                first.configurations(), first.runs(), first.parity(), List.of(loss));
        List<ExperimentResult> experiments = new ArrayList<>(doc.experiments());
        experiments.add(declared);
        return new ResultsDocument(doc.schema(), doc.schemaVersion(), doc.manifest(), doc.finishedAt(), doc.complete(), experiments);
    }
}
