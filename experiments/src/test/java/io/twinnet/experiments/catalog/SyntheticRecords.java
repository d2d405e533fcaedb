package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.DoubleUnaryOperator;

/** Hand-made run records for testing the catalog's verdict rules without training anything. */
final class SyntheticRecords {
    private SyntheticRecords() {
    }

    /**
     * The seeds of a synthetic world: five, so that a bootstrap interval over them can lie wholly on
     * one side of a boundary (one seed gives no interval, two only the range of their values).
     */
    static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L);

    /** A seed's offset in [−1, 1], in no particular order over the seeds, to give values a spread over seeds. */
    static double spread(long seed) {
        return new double[] {0.2, -1, 0.6, -0.3, 1}[(int) Math.floorMod(seed - 1, 5L)];
    }

    /** A side with the given scalars and series, status ok. */
    static SideRecord side(Map<String, Double> scalars, Map<String, Series> series) {
        return new SideRecord(RunStatus.FINISHED, -1, null, scalars, series, 0.1);
    }

    /** A record whose two sides are the same side. */
    static RunRecord both(String experiment, String config, long seed, SideRecord side) {
        return of(experiment, config, seed, side, side);
    }

    /** A record whose two sides carry the same scalars and series. */
    static RunRecord both(String experiment, String config, long seed, Map<String, Object> params, Map<String, Double> scalars,
                          Map<String, Series> series) {
        return sides(experiment, config, seed, params, scalars, series, scalars, series);
    }

    /** A record with different measurements on the core and on DL4J. */
    static RunRecord sides(String experiment, String config, long seed, Map<String, Object> params, Map<String, Double> core,
                           Map<String, Series> coreSeries, Map<String, Double> dl4j, Map<String, Series> dl4jSeries) {
        return of(experiment, config, seed, params, side(core, coreSeries), side(dl4j, dl4jSeries));
    }

    /** A record of the two given sides, without parameters. */
    static RunRecord of(String experiment, String config, long seed, SideRecord core, SideRecord dl4j) {
        return of(experiment, config, seed, Map.of(), core, dl4j);
    }

    private static RunRecord of(String experiment, String config, long seed, Map<String, Object> params, SideRecord core,
                                SideRecord dl4j) {
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        sides.put(Implementation.CORE, core);
        sides.put(Implementation.DL4J, dl4j);
        return new RunRecord(new RunConfig(experiment, config, seed, params), sides, null, 0.2);
    }

    /** The record {@code make} gives for every seed of {@link #SEEDS}, with the seed's {@link #spread} offset. */
    static List<RunRecord> everySeed(BiFunction<Long, Double, RunRecord> make) {
        return SEEDS.stream().map(seed -> make.apply(seed, spread(seed))).toList();
    }

    /**
     * {@code runs} with every record whose configuration and seed one of {@code replacements} has
     * dropped, and the replacements added (those with no counterpart simply join).
     */
    static List<RunRecord> replace(List<RunRecord> runs, List<RunRecord> replacements) {
        List<RunRecord> out = new ArrayList<>(runs);
        out.removeIf(r -> replacements.stream().anyMatch(n -> n.config().key().equals(r.config().key())));
        out.addAll(replacements);
        return out;
    }

    static List<RunRecord> replace(List<RunRecord> runs, RunRecord... replacements) {
        return replace(runs, List.of(replacements));
    }

    /** The core's verdict on each claim of {@code experiment} over {@code runs} in {@code profile}, by claim id. */
    static Map<String, Verdict> coreVerdicts(DeclaredExperiment<?> experiment, List<RunRecord> runs, Profile profile) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (ClaimResult r : experiment.evaluate(runs, profile)) out.put(r.id(), r.verdictOf(Implementation.CORE));
        return out;
    }

    /** name, value, name, value, ... as an ordered map. */
    static Map<String, Double> scalars(Object... nameValuePairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) m.put((String) nameValuePairs[i], ((Number) nameValuePairs[i + 1]).doubleValue());
        return m;
    }

    /** An evaluation-loss curve from {@code first} to {@code last}. */
    static Map<String, Series> evalLoss(double first, double last) {
        return Map.of("evalLoss", new Series(new double[] {0, 100}, new double[] {first, last}));
    }

    /** A two-point curve from {@code first} to {@code last}. */
    static Series line(double first, double last) {
        return new Series(new double[] {0, 1000}, new double[] {first, last});
    }

    /** The curve {@code y} sampled at x = 0, every, 2·every, …, steps. */
    static Series sampled(int steps, int every, DoubleUnaryOperator y) {
        int n = steps / every + 1;
        double[] x = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (double) i * every;
            v[i] = y.applyAsDouble(x[i]);
        }
        return new Series(x, v);
    }

    /** A curve with the given y values at x = 0, 1, 2, .... */
    static Series curve(double... y) {
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) x[i] = i;
        return new Series(x, y);
    }
}
