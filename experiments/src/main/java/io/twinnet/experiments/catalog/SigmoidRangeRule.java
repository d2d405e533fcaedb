package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.Decision;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Rule;
import io.twinnet.experiments.lab.Rules;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.Statistic;
import io.twinnet.experiments.lab.stats.Medians;
import java.util.List;

/**
 * The rule of seed 000's "sigmoid does not care about the init range", one rule for every input
 * reading that judges it ({@link ReluInitRange} on MNIST's pixels in [0, 1], {@link SigmoidCentred}
 * on centred pixels): provided the best range learned something (its median final test accuracy at
 * least {@value #LEARNED_SOMETHING}, twice chance), the spread max − min of the ranges' median final
 * test accuracies (a diverged run counting as chance) is reproduced when its 95 % interval lies in
 * 0.05 ± 0.05, i.e. [0, 0.10], and not reproduced when the interval lies wholly above 0.10. The
 * interval is the lab's bootstrap over seeds, stratified by range ({@code RunTable#estimate}).
 */
final class SigmoidRangeRule {
    /** Best sigmoid accuracy (twice chance) below which nothing was learned yet and sensitivity cannot be told. */
    static final double LEARNED_SOMETHING = 0.2;
    /** The centre and half-width of the band of spreads that counts as "hardly matters": [0, 0.10]. */
    static final double BAND = 0.05;

    private SigmoidRangeRule() {
    }

    /**
     * @param ranges the runs of one configuration per range, compared with each other
     * @param what   how the report names them, e.g. "sigmoid U[0,1], U[-1,1] and U[-0.5,0.5] at lr 1e-2"
     */
    static <P extends GridPoint> Rule<P> insensitive(List<P> ranges, String what) {
        Statistic<P> best = Statistic.of("the best of the median final test accuracies of " + what
                + " (something was learned: 0.2 is twice chance)", runs -> runs.estimate(ranges, SigmoidRangeRule::accuracy, Medians::max));
        Statistic<P> spread = Statistic.of("the spread (max - min, never negative) of the median final test accuracies of " + what,
                runs -> runs.estimate(ranges, SigmoidRangeRule::accuracy, Medians::spread));
        return Rules.provided(best, LEARNED_SOMETHING, Rules.of(spread, Decision.within(BAND, BAND)));
    }

    private static double accuracy(Run<?> r) {
        return r.finalAccuracyOrChance(10);
    }
}
