package io.twinnet.experiments.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The claim vocabulary judged by the lab on real (tiny, core-only) runs of a file experiment. */
class FileClaimsTest {
    private static final String FILE = """
            id: claims
            seeds: 4
            network:
              input: {size: 2}
              layers:
                - {type: dense, nOut: 8, activation: tanh, weightInit: xavier}
                - {type: output, nOut: 2, activation: softmax, loss: mcxent, weightInit: xavier}
              learningRate: 0.5
            data:
              synthetic: {kind: blobs, perClass: 20, classes: 2, dimensions: 2, radius: 2, spread: 0.2}
            training:
              steps: 40
              minibatch: 8
              evaluateEvery: 5
            grid:
              budget: {field: training.steps, values: [40, 80]}
              lr: {field: network.learningRate, values: [0.5, 1.0e-300]}
            claims:
              - id: steps-match-the-budget
                text: each run takes as many steps as its budget says
                formula: {metric: steps, expression: budget}
                within: {centre: 1, tolerance: 1.0e-12}
              - id: a-doubled-budget-takes-40-more-steps
                text: a budget of 80 steps takes 40 more steps than one of 40
                compare: {metric: steps, a: {budget: 80}, b: {budget: 40}}
                within: {centre: 40, tolerance: 1.0e-9}
              - id: trained-runs-do-not-fail
                text: at lr 0.5 no seed ends below 90 % accuracy
                failing: {metric: finalEvalAccuracy, where: {lr: 0.5}, below: 0.9}
                below: 0.5
              - id: untrained-loss-is-flat
                text: with lr 1e-300 (no weight moves in double) the test loss does not move
                flat: {metric: evalLoss, where: {lr: 1.0e-300}, lastFraction: 0.5}
                within: {centre: 0, tolerance: 1.0e-12}
            """;

    @Test
    void eachStatisticOfTheVocabularyIsJudgedOnTheRuns() throws Exception {
        ExperimentFile f = ExperimentFileReader.parse("claims.yaml", FILE, false, Path.of("."));
        DeclaredExperiment<FilePoint> e = new DeclaredExperiment<>(new FileExperiment(f));
        RunEnvironment env = MnistStandIn.of(Profile.QUICK, 1, 1).restrictedTo(EnumSet.of(Implementation.CORE));
        List<RunRecord> records = new ArrayList<>();
        for (RunConfig c : e.configurations(Profile.QUICK, 0)) records.add(e.run(c, env));

        List<ClaimResult> results = e.evaluate(records, Profile.QUICK);
        Map<String, Verdict> verdicts = results.stream().collect(Collectors.toMap(ClaimResult::id, c -> c.verdictOf(Implementation.CORE)));
        String evidence = results.stream().map(c -> c.id() + ": " + c.evidence().get(Implementation.CORE)).collect(Collectors.joining("; "));

        assertEquals(Verdict.REPRODUCED, verdicts.get("steps-match-the-budget"), evidence);
        assertEquals(Verdict.REPRODUCED, verdicts.get("a-doubled-budget-takes-40-more-steps"), evidence);
        assertEquals(Verdict.REPRODUCED, verdicts.get("trained-runs-do-not-fail"), evidence);
        assertEquals(Verdict.REPRODUCED, verdicts.get("untrained-loss-is-flat"), evidence);
    }

    @Test
    void aFormulaNamingSomethingOtherThanANumericAxisIsRefusedAtItsLine() {
        ExperimentFileException x = assertThrows(ExperimentFileException.class,
                () -> ExperimentFileReader.parse("claims.yaml", FILE.replace("expression: budget", "expression: depth * 2"), false, Path.of(".")));
        assertTrue(x.getMessage().startsWith("claims.yaml:21: claims[0].formula.expression: expected only the grid's numeric axes [budget, lr]"), x.getMessage());
    }
}
