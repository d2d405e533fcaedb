package io.twinnet.experiments.catalog;

import io.twinnet.experiments.runner.Implementation;
import io.twinnet.experiments.runner.RunConfig;
import io.twinnet.experiments.runner.RunRecord;
import io.twinnet.experiments.runner.RunStatus;
import io.twinnet.experiments.runner.Series;
import io.twinnet.experiments.runner.SideRecord;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-made run records for testing verdict rules without training anything. */
final class SyntheticTrainingRecords {
    private SyntheticTrainingRecords() {
    }

    /** A side with the given scalars and series, status ok. */
    static SideRecord side(Map<String, Double> scalars, Map<String, Series> series) {
        return new SideRecord(RunStatus.OK, -1, null, scalars, series, 0.1);
    }

    /** A record whose two sides are identical. */
    static RunRecord both(String experiment, String config, long seed, SideRecord side) {
        return of(experiment, config, seed, side, side);
    }

    static RunRecord of(String experiment, String config, long seed, SideRecord core, SideRecord dl4j) {
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        sides.put(Implementation.CORE, core);
        sides.put(Implementation.DL4J, dl4j);
        return new RunRecord(new RunConfig(experiment, config, seed, Map.of()), sides, null, 0.2);
    }

    /** A two-point curve from {@code first} to {@code last}. */
    static Series line(double first, double last) {
        return new Series(new double[] {0, 1000}, new double[] {first, last});
    }

    /** A curve with the given y values at x = 0, 1, 2, .... */
    static Series curve(double... y) {
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) x[i] = i;
        return new Series(x, y);
    }

    static Map<String, Double> scalars(Object... nameValuePairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) m.put((String) nameValuePairs[i], ((Number) nameValuePairs[i + 1]).doubleValue());
        return m;
    }
}
