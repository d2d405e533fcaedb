package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field paths of an experiment file, as messages and grid axes write them: keys joined by dots,
 * list items by index, {@code network.layers[0].nOut}. The root is the empty path.
 */
final class FieldPath {
    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");
    private static final Pattern WHOLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+])*");

    private FieldPath() {
    }

    static String field(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static boolean valid(String path) {
        return WHOLE.matcher(path).matches();
    }

    /** The steps of a valid path: String keys and Integer indices. */
    static List<Object> steps(String path) {
        List<Object> out = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : (Object) Integer.parseInt(m.group(2)));
        return out;
    }

    /** The value at {@code path} in {@code root}, or null when there is none. */
    static JsonNode get(JsonNode root, String path) {
        JsonNode n = root;
        for (Object s : steps(path)) {
            if (n == null) return null;
            n = s instanceof Integer i ? (n.isArray() ? n.get(i) : null) : (n.isObject() ? n.get((String) s) : null);
        }
        return n;
    }

    /**
     * Puts {@code value} at {@code path} of {@code root} (changed in place), creating missing
     * mappings on the way; false when the path runs through a value that is not a mapping or list,
     * or indexes past a list's end.
     */
    static boolean set(JsonNode root, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode n = root;
        for (int k = 0; k < steps.size() - 1; k++) {
            Object s = steps.get(k);
            JsonNode next;
            if (s instanceof Integer i) {
                next = n.isArray() ? n.get(i) : null;
            } else {
                if (!n.isObject()) return false;
                next = n.get((String) s);
                if (next == null && !(steps.get(k + 1) instanceof Integer)) next = ((ObjectNode) n).putObject((String) s);
            }
            if (next == null) return false;
            n = next;
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) {
            if (!n.isArray() || i >= n.size()) return false;
            ((ArrayNode) n).set(i, value);
        } else {
            if (!n.isObject()) return false;
            ((ObjectNode) n).set((String) last, value);
        }
        return true;
    }
}
