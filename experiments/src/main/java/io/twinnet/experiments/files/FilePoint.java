package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinnet.experiments.lab.GridPoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One configuration of a file-defined experiment: a value for each grid axis, in the file's axis
 * order. Stored beside each record as {@code {"id": ..., "values": {axis: value}}}, values as the
 * file typed them; the id joins {@link Axis#token}s with {@code _}, e.g. {@code lr=0.07_width=100},
 * and is {@code base} for a file without a grid.
 */
public record FilePoint(String id, Map<String, JsonNode> values) implements GridPoint {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._=-]+");

    public FilePoint {
        if (id == null || !ID.matcher(id).matches()) throw new IllegalArgumentException("id: '" + id + "' has characters outside letters, digits and . _ - =");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of axis {@code name}, or null when the file has no such axis. */
    public JsonNode value(String name) {
        return values.get(name);
    }
}
