package io.twinnet.experiments.catalog;

import io.twinnet.experiments.catalog.LsuvAndBatchNorm.Point;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.Rule;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.stats.Medians;
import java.util.List;

/**
 * The rules of {@link LsuvAndBatchNorm}, fixed before its first run. "Trains like He" is judged on the final
 * test accuracy: the difference of the medians over seeds, rescued net minus He, with the lab's stratified
 * bootstrap interval, must lie at or above −{@value #MARGIN} (no worse than He by more than 0.05; better is
 * fine). It is judged only where there is something to rescue and a control that learned: He's median final
 * accuracy at least {@value #CONTROL_ACCURACY}, and untouched U[-1,1] clearly below He, its difference to He
 * under −{@value #CLEARLY_BELOW}; otherwise the claim is inconclusive. The claim on batch norm before the ReLU was
 * added later (2026-12-01) with the same statistic, margin and conditions, fixed before its configuration's first run.
 */
final class LsuvAndBatchNormClaims {
    private LsuvAndBatchNormClaims() {
    }

    /** How far below He a rescued net may end and still count as training like He. */
    static final double MARGIN = 0.05;
    /** How far below He untouched U[-1,1] must end for there to be something to rescue. */
    static final double CLEARLY_BELOW = 0.1;
    /** He's median final test accuracy that shows the budget sufficed to learn (half-way from chance to perfect, roughly). */
    static final double CONTROL_ACCURACY = 0.5;

    private static double accuracy(Run<Point> r) {
        return r.finalAccuracyOrChance(10);
    }

    private static Statistic<Point> gapToHe(Point p, Point he) {
        return Statistic.of("the median over seeds of the final test accuracy (a diverged run counts as chance, 0.1) of " + p.display()
                + " minus that of " + he.display(), runs -> runs.estimate(List.of(p, he), LsuvAndBatchNormClaims::accuracy, Medians::difference));
    }

    /** He learned and untouched U[-1,1] ends clearly below it. */
    private static Rule<Point> somethingToRescue(Point plain, Point he) {
        return Rules.allOf(Rules.of(Statistic.of("the median over seeds of the final test accuracy of " + he.display(),
                                runs -> runs.at(he).medianEstimate(LsuvAndBatchNormClaims::accuracy)), Decision.atLeast(CONTROL_ACCURACY)),
                Rules.of(gapToHe(plain, he), Decision.below(-CLEARLY_BELOW)));
    }

    private static Rule<Point> rescues(Point rescued, Point plain, Point he) {
        return Rules.onlyIf(somethingToRescue(plain, he), Rules.of(gapToHe(rescued, he), Decision.atLeast(-MARGIN)));
    }

    static List<Claim<Point>> claims(Point plain, Point lsuv, Point batchNorm, Point batchNormBeforeRelu, Point he) {
        return List.of(
                Claim.paper("lsuv-rescues-u1", "LSUV (Mishkin & Matas 2015) makes a ReLU net with U[-1,1] weights train like He at "
                                + "seed 000's learning rate", rescues(lsuv, plain, he))
                        .ifNotReproduced("after LSUV the U[-1,1] net still ends more than " + MARGIN + " test accuracy below He: "
                                + "unit pre-activation variance at the start does not close the gap in this budget"),
                Claim.seed("batchnorm-rescues-u1", "Batch normalisation after each hidden layer makes a ReLU net with U[-1,1] weights "
                                + "train like He at seed 000's learning rate", rescues(batchNorm, plain, he))
                        .ifNotReproduced("with batch norm after each hidden ReLU the U[-1,1] net ends more than " + MARGIN + " test "
                                + "accuracy below He: batch norm normalises the hidden signal but not the output layer, whose U[-1,1] "
                                + "weights on unit-variance inputs give logits of variance about n/3 (std about 4.6 at 64 units), "
                                + "so the softmax scored by MSE can stay saturated"),
                Claim.paper("batchnorm-before-relu-rescues-u1", "Batch normalisation before each hidden ReLU, where Ioffe & Szegedy "
                                + "place it (z = BN(W·u), then relu(z)), makes a ReLU net with U[-1,1] weights train like He at seed 000's "
                                + "learning rate", rescues(batchNormBeforeRelu, plain, he))
                        .ifNotReproduced("with batch norm before each hidden ReLU the U[-1,1] net still ends more than " + MARGIN
                                + " test accuracy below He: normalising the pre-activations (unit-variance inputs to every ReLU, "
                                + "half the units active) does not reach the output layer, whose U[-1,1] weights on ReLU outputs with "
                                + "E[a²] = ½ give logits of variance about n/6 (std about 3.3 at 64 units): the softmax scored by MSE "
                                + "stays saturated as with batch norm after the ReLU"));
    }
}
