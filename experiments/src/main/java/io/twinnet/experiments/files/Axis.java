package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One axis of a file's grid: a name (used in configuration ids and claim selectors), the fields it
 * varies ({@code network.learningRate}, {@code network.layers[0].nOut}, {@code data.mnist.trainPerClass},
 * {@code training.minibatch}, ...; several fields take the same value, e.g. every layer's
 * {@code weightInit}) and its values, typed as the file wrote them (numbers, text, or a mapping such
 * as a weight-init distribution).
 */
public record Axis(String name, List<String> fields, List<JsonNode> values) {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public Axis {
        if (name == null || !NAME.matcher(name).matches()) throw new IllegalArgumentException("name: '" + name + "' is not camelCase");
        if (fields == null || fields.isEmpty()) throw new IllegalArgumentException("field: an axis varies at least one field");
        for (String f : fields) if (f == null || !FieldPath.valid(f)) throw new IllegalArgumentException("field: '" + f + "' is not a field path");
        fields = List.copyOf(fields);
        if (values == null || values.isEmpty()) throw new IllegalArgumentException("values: an axis needs at least one value");
        values = values.stream().<JsonNode>map(JsonNode::deepCopy).toList();
        if (new HashSet<>(values).size() != values.size()) throw new IllegalArgumentException("values: each value may appear once");
    }

    /** The fields in words: "network.learningRate", or "network.layers[0].weightInit and network.layers[1].weightInit". */
    public String field() {
        return String.join(" and ", fields);
    }

    /** The value's part of a configuration id: the number or word itself, or {@code v2} for the second value when it is a mapping. */
    public String token(int index) {
        JsonNode v = values.get(index);
        String raw = v.isNumber() || v.isTextual() || v.isBoolean() ? v.asText() : "v" + (index + 1);
        String clean = raw.replaceAll("[^A-Za-z0-9._-]", "_");
        return name + "=" + clean;
    }
}
