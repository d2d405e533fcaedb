package io.twinnet.experiments.lab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One point of an experiment's grid, for one seed: what the runner schedules, stores and resumes.
 *
 * @param experiment the experiment id
 * @param config     the configuration's id inside the experiment, e.g. {@code relu-uniform1-lr0.01}
 *                   (letters, digits and {@code . _ - =} only, so it can name a file)
 * @param seed       the seed for parameter initialisation and data order
 * @param params     the configuration's parameters, for the record and the report (ordered)
 */
public record RunConfig(String experiment, String config, long seed, Map<String, Object> params) {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._=-]+");

    public RunConfig {
        if (experiment == null || !SAFE.matcher(experiment).matches()) {
            throw new IllegalArgumentException("experiment: '" + experiment + "' is not a safe id");
        }
        if (config == null || !SAFE.matcher(config).matches()) {
            throw new IllegalArgumentException("config: '" + config + "' is not a safe id");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
    }

    /** The key under which this run is stored: {@code config#seed}. */
    public String key() {
        return config + "#" + seed;
    }

    /** A parameter that must be present. */
    public Object param(String name) {
        Object v = params.get(name);
        if (v == null) throw new IllegalStateException(experiment + "/" + key() + ": missing parameter " + name);
        return v;
    }

    public double doubleParam(String name) {
        return ((Number) param(name)).doubleValue();
    }

    public int intParam(String name) {
        return ((Number) param(name)).intValue();
    }

    public String stringParam(String name) {
        return param(name).toString();
    }
}
