package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates an experiment file against the published JSON Schema ({@link #RESOURCE}, draft
 * 2020-12, networknt's validator) and turns the first error, in document order, into one message
 * with the file, the line and the field. An unknown key is reported with the keys allowed there.
 */
public final class SchemaCheck {
    /** The schema, as a class-path resource; the same file is what the README points to. */
    public static final String RESOURCE = "/io/twinnet/experiments/files/experiment.schema.json";
    private static final JsonNode SCHEMA_TREE = load();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_TREE);

    private SchemaCheck() {
    }

    /** The schema document. */
    public static JsonNode schema() {
        return SCHEMA_TREE.deepCopy();
    }

    /** Throws the first schema error of {@code tree}, if any. */
    public static void check(LocatedTree tree) {
        List<Error> errors = new ArrayList<>(SCHEMA.validate(tree.root()));
        if (errors.isEmpty()) return;
        errors.sort(Comparator.comparingInt((Error e) -> tree.lineOf(path(e))).thenComparing(e -> -path(e).length()));
        Error first = errors.get(0);
        throw tree.error(path(first), describe(first));
    }

    /** The field the error is about: the instance location, plus the offending key for unknown or missing keys. */
    static String path(Error e) {
        String at = toFieldPath(e.getInstanceLocation());
        if (("additionalProperties".equals(e.getKeyword()) || "required".equals(e.getKeyword())) && e.getProperty() != null) {
            return FieldPath.field(at, e.getProperty());
        }
        return at;
    }

    private static String describe(Error e) {
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        return switch (keyword) {
            case "additionalProperties" -> "unknown key '" + e.getProperty() + "'" + allowed(e);
            case "required" -> "missing the required key '" + e.getProperty() + "'";
            case "oneOf" -> "expected " + alternatives(e) + ", got " + LocatedTree.kind(e.getInstanceNode());
            case "maxProperties", "minProperties" -> "expected exactly one of " + keysOf(parentProperties(e));
            default -> "expected " + expectation(keyword, e) + ", got " + LocatedTree.kind(e.getInstanceNode());
        };
    }

    /** What the failing keyword asks for, in words, from its value in the schema. */
    private static String expectation(String keyword, Error e) {
        JsonNode v = e.getSchemaNode();
        return switch (keyword) {
            case "type" -> v.isArray() ? "one of the types " + v : ("integer".equals(v.asText()) ? "an integer" : "a " + v.asText().replace("object", "mapping").replace("array", "list"));
            case "minimum" -> "a value >= " + v.asText();
            case "maximum" -> "a value <= " + v.asText();
            case "exclusiveMinimum" -> "a value > " + v.asText();
            case "enum" -> "one of " + v;
            case "pattern" -> "text of the form " + v.asText();
            case "minItems" -> "a list of at least " + v.asText() + " item(s)";
            case "minLength" -> "non-empty text";
            case "uniqueItems" -> "a list without repeated items";
            default -> stripPath(e.getMessage());
        };
    }

    private static String allowed(Error e) {
        JsonNode props = parentProperties(e);
        return props == null ? "" : " (allowed here: " + keysOf(props) + ")";
    }

    /** The {@code properties} beside the failing keyword in the schema. */
    private static JsonNode parentProperties(Error e) {
        String fragment = e.getSchemaLocation().getFragment().toString();
        int cut = fragment.lastIndexOf('/');
        if (cut < 0) return null;
        JsonNode parent = SCHEMA_TREE.at(fragment.substring(0, cut));
        return parent.isMissingNode() ? null : parent.get("properties");
    }

    private static String keysOf(JsonNode props) {
        if (props == null) return "?";
        List<String> keys = new ArrayList<>();
        props.fieldNames().forEachRemaining(keys::add);
        return String.join(", ", keys);
    }

    private static String alternatives(Error e) {
        JsonNode options = e.getSchemaNode();
        if (options == null || !options.isArray()) return "one of the allowed forms";
        List<String> forms = new ArrayList<>();
        for (JsonNode o : options) forms.add(form(o));
        return String.join(" or ", forms);
    }

    private static String form(JsonNode o) {
        if (o.has("$ref")) o = SCHEMA_TREE.at(o.get("$ref").asText().substring(1));
        if (o.has("enum")) return "one of " + o.get("enum");
        String type = o.path("type").asText("a value");
        if ("number".equals(type) && o.has("exclusiveMinimum")) return "a number > " + o.get("exclusiveMinimum").asText();
        return "object".equals(type) ? "a mapping with " + keysOf(o.get("properties")) : "a " + type;
    }

    /** networknt's messages start with the instance path ("/training/steps: ..."); the path is given separately here. */
    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 && (message.startsWith("/") || message.startsWith("$") || colon == 0) ? message.substring(colon + 2) : message;
    }

    private static String toFieldPath(NodePath p) {
        String out = "";
        for (int i = 0; i < p.getNameCount(); i++) {
            Object el = p.getElement(i);
            out = el instanceof Integer idx ? FieldPath.index(out, idx) : FieldPath.field(out, el.toString());
        }
        return out;
    }

    private static JsonNode load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the experiment schema " + RESOURCE + " is missing from the class path");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
