package io.twinnet.experiments.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An experiment file read into a Jackson tree, with the line each value starts on, so every later
 * check (the JSON Schema, the model's factories, the network spec) can name the line of the field
 * it refuses. YAML and JSON go through the same streaming parser ({@link YAMLFactory} reads JSON
 * too, but a {@code .json} file is read as strict JSON); the line of a field is
 * {@link JsonLocation#getLineNr()} of its key, of a list item that of its first token. A key given twice is refused (YAML and JSON both leave it undefined).
 *
 * @param root    the document
 * @param lines   line of the value at each path ({@link FieldPath} form: {@code grid.lr.values[1]}); "" is the root
 * @param origins for a configuration's copy of the file: the fields a grid axis set, and the grid value that set each
 */
public record LocatedTree(String file, JsonNode root, Map<String, Integer> lines, Map<String, String> origins) {

    public LocatedTree {
        lines = Map.copyOf(lines);
        origins = Map.copyOf(origins);
    }

    /** Parses {@code text} (YAML, or JSON when {@code json}) as the file named {@code file}. */
    public static LocatedTree parse(String file, String text, boolean json) {
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new ExperimentFileException(file, 0, "", "the file is empty; expected an experiment (see examples/)");
            JsonNode root = read(file, p, "", lines);
            if (!root.isObject()) throw new ExperimentFileException(file, line(p), "", "expected a mapping of the experiment's fields, got " + kind(root));
            if (p.nextToken() != null) throw new ExperimentFileException(file, line(p), "", "expected one document, found more after it");
            return new LocatedTree(file, root, lines, Map.of());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ExperimentFileException(file, at == null ? 0 : at.getLineNr(), "", "not valid " + (json ? "JSON" : "YAML") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ExperimentFileException(file, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    /** The line of the value at {@code path}, else of its nearest enclosing value, else 0. */
    public int lineOf(String path) {
        String p = path;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) return l;
            if (p.isEmpty()) return 0;
            p = FieldPath.parent(p);
        }
    }

    /** An error at {@code path}, with its line (and, where a grid value put it there, which one). */
    public ExperimentFileException error(String path, String problem) {
        for (Map.Entry<String, String> o : origins.entrySet()) {
            String f = o.getKey();
            if (path.equals(f) || path.startsWith(f + ".") || path.startsWith(f + "[")) {
                return new ExperimentFileException(file, lineOf(path), path, problem + " (the value comes from " + o.getValue() + ")");
            }
        }
        return new ExperimentFileException(file, lineOf(path), path, problem);
    }

    private static JsonNode read(String file, JsonParser p, String path, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(path, line(p));
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = FieldPath.field(path, key);
                    if (o.has(key)) throw new ExperimentFileException(file, line(p), child, "given twice; a key may appear once");
                    lines.put(child, line(p));
                    p.nextToken();
                    o.set(key, read(file, p, child, lines));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(read(file, p, FieldPath.index(path, i++), lines));
                return a;
            }
            case VALUE_STRING -> {
                return f.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return f.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return f.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return f.booleanNode(p.getBooleanValue());
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            default -> throw new ExperimentFileException(file, line(p), path, "unexpected " + p.currentToken());
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** A value's JSON kind in words, for messages. */
    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isObject()) return "a mapping";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return "the text '" + n.asText() + "'";
        if (n.isBoolean()) return n.asText();
        if (n.isNull()) return "null";
        return "the number " + n.asText();
    }
}
