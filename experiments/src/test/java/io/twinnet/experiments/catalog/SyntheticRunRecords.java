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

/** Hand-built run records for testing verdict rules without training anything. */
final class SyntheticRunRecords {
    private SyntheticRunRecords() {
    }

    /** A record whose two sides carry the same scalars and series. */
    static RunRecord both(String experiment, String config, long seed, Map<String, Object> params, Map<String, Double> scalars,
                          Map<String, Series> series) {
        return sides(experiment, config, seed, params, scalars, series, scalars, series);
    }

    /** A record with different measurements on the core and on DL4J. */
    static RunRecord sides(String experiment, String config, long seed, Map<String, Object> params, Map<String, Double> core,
                           Map<String, Series> coreSeries, Map<String, Double> dl4j, Map<String, Series> dl4jSeries) {
        Map<Implementation, SideRecord> s = new EnumMap<>(Implementation.class);
        s.put(Implementation.CORE, new SideRecord(RunStatus.OK, -1, null, core, coreSeries, 1.0));
        s.put(Implementation.DL4J, new SideRecord(RunStatus.OK, -1, null, dl4j, dl4jSeries, 2.0));
        return new RunRecord(new RunConfig(experiment, config, seed, params), s, null, 3.0);
    }

    /** name, value, name, value, ... as an ordered map. */
    static Map<String, Double> scalars(Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        return m;
    }

    /** An evaluation-loss curve from {@code first} to {@code last}. */
    static Map<String, Series> evalLoss(double first, double last) {
        return Map.of("evalLoss", new Series(new double[] {0, 100}, new double[] {first, last}));
    }
}
