package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which configurations a claim reads: a value for some of the grid's axes ({@code {lr: 0.07}});
 * every configuration with those values matches, whatever its other axes. The empty selector
 * matches the whole grid.
 */
public record Selector(Map<String, JsonNode> values) implements Predicate<FilePoint> {

    public Selector {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Selector all() {
        return new Selector(Map.of());
    }

    @Override
    public boolean test(FilePoint p) {
        return values.entrySet().stream().allMatch(e -> Values.same(e.getValue(), p.value(e.getKey())));
    }

    /** "lr = 0.07, width = 100", or "every configuration". */
    public String describe() {
        return values.isEmpty() ? "every configuration"
                : values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }
}
