package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * A formula a claim holds a metric to, in Apache Commons JEXL's expression syntax, over the grid's
 * numeric axes by name (e.g. {@code math:pow(0.25, depth)} or {@code 2 / width}); {@code math:} is
 * {@link Math}. The engine is strict (an unknown name is an error) and restricted (no access to
 * anything but arithmetic and {@code Math}).
 */
public final class Formula {
    private static final JexlEngine JEXL = new JexlBuilder().strict(true).silent(false).safe(false)
            .permissions(JexlPermissions.RESTRICTED).namespaces(Map.of("math", Math.class)).create();
    private final String text;
    private final JexlScript script;

    private Formula(String text, JexlScript script) {
        this.text = text;
        this.script = script;
    }

    /** Compiles {@code text}; every name in it must be one of {@code axes}. */
    public static Formula of(String text, Set<String> axes) {
        JexlScript script;
        try {
            script = JEXL.createScript(text);
        } catch (JexlException e) {
            throw new IllegalArgumentException("expected an expression such as 'math:pow(0.25, depth)', cannot read '" + text + "': " + e.getMessage());
        }
        Set<String> unknown = new TreeSet<>();
        for (List<String> v : script.getVariables()) if (!axes.contains(v.get(0))) unknown.add(v.get(0));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("expected only the grid's numeric axes " + new TreeSet<>(axes) + " as names, found " + unknown);
        }
        return new Formula(text, script);
    }

    public String text() {
        return text;
    }

    /** The formula's value at {@code point} (its numeric axis values bound by name); NaN when it is not a finite number. */
    public double at(FilePoint point) {
        MapContext ctx = new MapContext();
        for (Map.Entry<String, JsonNode> e : point.values().entrySet()) if (e.getValue().isNumber()) ctx.set(e.getKey(), e.getValue().doubleValue());
        try {
            Object v = script.execute(ctx);
            return v instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : Double.NaN;
        } catch (JexlException e) {
            return Double.NaN;
        }
    }
}
