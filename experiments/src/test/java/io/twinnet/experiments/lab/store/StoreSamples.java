package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunStatus;
import io.twinnet.experiments.lab.SideRecord;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small run records for the store's tests, their maps filled in the order asked for. */
final class StoreSamples {
    private StoreSamples() {
    }

    static RunConfig config(String config, long seed) {
        return new RunConfig("tiny", config, seed, Map.of());
    }

    /** A record of {@code config} whose parameter and scalar maps are filled in the order of {@code keys}. */
    static RunRecord record(RunConfig config, List<String> keys) {
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Double> scalars = new LinkedHashMap<>();
        for (String k : keys) {
            params.put(k, k.length() * 0.1);
            scalars.put(k, 1.0 / (k.length() + 2));
        }
        RunConfig c = new RunConfig(config.experiment(), config.config(), config.seed(), params);
        Map<Implementation, SideRecord> sides = new EnumMap<>(Implementation.class);
        sides.put(Implementation.CORE, new SideRecord(RunStatus.FINISHED, -1, null, scalars, Map.of(), 0.25));
        sides.put(Implementation.DL4J, SideRecord.failed("not run", 0));
        return new RunRecord(c, sides, null, 0.5);
    }

    static RunRecord record(RunConfig config) {
        return record(config, List.of("lr", "init", "width"));
    }
}
