package io.twinnet.experiments.catalog;

import io.twinnet.experiments.catalog.WidthMinima.Point;
import io.twinnet.experiments.catalog.WidthMinima.Schedule;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.Rule;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Stats;
import java.util.List;

/**
 * The rules of {@link WidthMinima}: each statistic of {@link WidthMinimaStatistics} (a ratio widest / narrowest
 * width) below 0.5 reproduces, at or above 1 does not. The constant-rate claims are the asker's reading; the annealed
 * ones are the primary, converging reading, judged only when every run they read reached the convergence point
 * {@link WidthMinimaStatistics#CONVERGENCE}, a rule change recorded in their {@code revised} field.
 */
final class WidthMinimaClaims {
    private WidthMinimaClaims() {
    }

    private static final String STD = "population standard deviation";
    private static final String CV = "coefficient of variation (std / mean)";
    private static final String PRIMARY = " (the primary, converging reading of the seed's statement: the rate decays to a tenth by "
            + "the last step, so the final loss is not the noise of a constant-rate iterate)";

    /**
     * The annealed claims' rule change: the statistics and their boundaries are those the annealed reading was registered
     * with; what changed is that they are read only at a convergence point checked per run.
     */
    static final String CONVERGENCE_REVISION = "2026-12-01, after the annealed reading's first quick runs were seen to settle "
            + "without a stated convergence point: judged only when every run it reads reached the convergence point ("
            + WidthMinimaStatistics.CONVERGENCE.describe() + ", fixed before the first run judged with it); statistic and boundary unchanged";

    /** {@code rule} on the annealed runs, judged only at the convergence point ({@link WidthMinimaStatistics#atConvergence}). */
    private static Rule<Point> atConvergence(boolean middleRateOnly, Rule<Point> rule) {
        return WidthMinimaStatistics.atConvergence(Schedule.ANNEALED, middleRateOnly, "the annealed runs at the "
                + (middleRateOnly ? "middle rate" : "every rate") + ", narrowest and widest width", rule);
    }

    static List<Claim<Point>> claims() {
        return List.of(
                Claim.seed("loss-spread-narrows-with-width",
                        "The spread over seeds of the final training loss narrows as the hidden layer gets wider",
                        Rules.of(WidthMinimaStatistics.spreadRatio(Schedule.CONSTANT, STD, Stats::std), Decision.below(0.5, 1.0)))
                        .ifNotReproduced("at the widest width the final training loss varies over seeds at least as much as at the narrowest: in this budget the spread does not narrow with width"),
                Claim.seed("step-size-sensitivity-falls-with-width", "Wider nets are less sensitive to the step size",
                        Rules.of(WidthMinimaStatistics.sensitivityRatio(Schedule.CONSTANT), Decision.below(0.5, 1.0)))
                        .ifNotReproduced("the widest net's final training loss depends on the learning rate at least as much as the narrowest net's"),
                Claim.seed("loss-spread-narrows-with-width-annealed", "The spread over seeds of the final training loss narrows as the "
                        + "hidden layer gets wider" + PRIMARY, atConvergence(true, Rules.of(WidthMinimaStatistics.spreadRatio(Schedule.ANNEALED, STD, Stats::std), Decision.below(0.5, 1.0))))
                        .ifNotReproduced("with a decaying rate and every run converged, the widest net's final training loss varies over seeds "
                                + "at least as much as the narrowest net's: the narrowing is not shown at convergence").revised(CONVERGENCE_REVISION),
                Claim.seed("relative-spread-narrows-with-width-annealed", "The relative spread (std / mean) over seeds of the final "
                        + "training loss narrows as the hidden layer gets wider, so the narrowing is not only the lower loss level of wide "
                        + "nets" + PRIMARY, atConvergence(true, Rules.of(WidthMinimaStatistics.spreadRatio(Schedule.ANNEALED, CV, WidthMinimaStatistics::cv), Decision.below(0.5, 1.0))))
                        .ifNotReproduced("relative to its level, the widest net's final training loss varies over seeds at least as much "
                                + "as the narrowest net's: any narrowing of the std is the lower loss of wide nets").revised(CONVERGENCE_REVISION),
                Claim.seed("step-size-sensitivity-falls-with-width-annealed", "Wider nets are less sensitive to the step size" + PRIMARY,
                        atConvergence(false, Rules.of(WidthMinimaStatistics.sensitivityRatio(Schedule.ANNEALED), Decision.below(0.5, 1.0))))
                        .ifNotReproduced("with a decaying rate and every run converged, the widest net's final training loss depends on the "
                                + "initial learning rate at least as much as the narrowest net's").revised(CONVERGENCE_REVISION));
    }
}
