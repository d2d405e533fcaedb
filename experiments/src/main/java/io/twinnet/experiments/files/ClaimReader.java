package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinnet.experiments.lab.Decision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a file's claims: each names one statistic of the vocabulary ({@code compare}, {@code flat},
 * {@code failing}, {@code formula}) and one decision ({@code atLeast}, {@code below}, {@code within}); its metric
 * must be one the file records and its configurations must be in the grid.
 */
final class ClaimReader {
    private static final List<String> STATISTICS = List.of("compare", "flat", "failing", "formula");
    private static final List<String> DECISIONS = List.of("atLeast", "below", "within");

    private ClaimReader() {
    }

    static List<FileClaim> read(LocatedTree tree, List<Axis> grid, List<FilePoint> points, List<ProbeKind> probes) {
        List<FileClaim> out = new ArrayList<>();
        JsonNode claims = tree.root().get("claims");
        if (claims == null) return out;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            String at = "claims[" + i + "]";
            JsonNode c = claims.get(i);
            String id = c.get("id").asText();
            if (!ids.add(id)) throw tree.error(at + ".id", "expected a claim id not used before, '" + id + "' is");
            String kind = exactlyOne(tree, at, c, STATISTICS, "statistic");
            String decisionKey = exactlyOne(tree, at, c, DECISIONS, "decision");
            ClaimStatistic statistic = statistic(tree, at + "." + kind, kind, c.get(kind), grid, points, probes);
            out.add(new FileClaim(id, c.get("text").asText(), statistic, decision(decisionKey, c.get(decisionKey))));
        }
        return out;
    }

    private static String exactlyOne(LocatedTree tree, String at, JsonNode c, List<String> keys, String what) {
        List<String> given = keys.stream().filter(c::has).toList();
        if (given.size() != 1) {
            throw tree.error(at, "expected exactly one " + what + " (" + String.join(", ", keys) + "), found " + (given.isEmpty() ? "none" : String.join(" and ", given)));
        }
        return given.get(0);
    }

    private static Decision decision(String key, JsonNode v) {
        return switch (key) {
            case "atLeast" -> Decision.atLeast(v.asDouble());
            case "below" -> Decision.below(v.asDouble());
            default -> Decision.within(v.get("centre").asDouble(), v.get("tolerance").asDouble());
        };
    }

    private static ClaimStatistic statistic(LocatedTree tree, String at, String kind, JsonNode s, List<Axis> grid, List<FilePoint> points,
                                            List<ProbeKind> probes) {
        Metric metric = metric(tree, at + ".metric", s.get("metric").asText(), probes);
        switch (kind) {
            case "compare" -> {
                ClaimStatistic.At when = ClaimStatistic.At.FINAL;
                JsonNode a = s.get("at");
                if (a != null) when = a.isNumber() ? ClaimStatistic.At.step(a.asLong()) : a.asText().equals("final") ? ClaimStatistic.At.FINAL : ClaimStatistic.At.CONVERGENCE;
                if (a != null && !metric.isCurve() && when != ClaimStatistic.At.FINAL) {
                    throw tree.error(at + ".at", "expected 'final' for " + metric.name() + ", a number recorded once per run; a step or 'convergence' needs a curve");
                }
                return new ClaimStatistic.Compare(metric, selector(tree, at + ".a", s.get("a"), grid, points),
                        selector(tree, at + ".b", s.get("b"), grid, points), when);
            }
            case "flat" -> {
                if (!metric.isCurve()) throw tree.error(at + ".metric", "expected a curve for 'flat' (" + curves(probes) + "), " + metric.name() + " is one number per run");
                return new ClaimStatistic.Flat(metric, selector(tree, at + ".where", s.get("where"), grid, points), s.path("lastFraction").asDouble(0.5));
            }
            case "formula" -> {
                java.util.Set<String> numeric = new java.util.TreeSet<>();
                for (Axis ax : grid) if (ax.values().stream().allMatch(JsonNode::isNumber)) numeric.add(ax.name());
                Formula formula;
                try {
                    formula = Formula.of(s.get("expression").asText(), numeric);
                } catch (IllegalArgumentException e) {
                    throw tree.error(at + ".expression", e.getMessage());
                }
                Selector where = selector(tree, at + ".where", s.get("where"), grid, points);
                for (FilePoint p : points) {
                    if (where.test(p) && !Double.isFinite(formula.at(p))) throw tree.error(at + ".expression", "expected a finite number, '" + formula.text() + "' is not one at " + p.id());
                }
                return new ClaimStatistic.AgainstFormula(metric, where, formula);
            }
            default -> {
                if (s.has("below") == s.has("above")) throw tree.error(at, "expected exactly one of 'below' and 'above' (where a seed counts as failing)");
                boolean below = s.has("below");
                return new ClaimStatistic.Failing(metric, selector(tree, at + ".where", s.get("where"), grid, points),
                        s.get(below ? "below" : "above").asDouble(), below);
            }
        }
    }

    private static Metric metric(LocatedTree tree, String at, String name, List<ProbeKind> probes) {
        return Metric.find(name, probes).orElseThrow(() -> {
            String hint = java.util.Arrays.stream(ProbeKind.values()).filter(p -> !probes.contains(p))
                    .filter(p -> Metric.available(List.of(p)).containsKey(name)).map(p -> "; add '" + p.label() + "' to probes to record it").findFirst().orElse("");
            return tree.error(at, "unknown metric '" + name + "' (recorded: " + String.join(", ", Metric.available(probes).keySet()) + ")" + hint);
        });
    }

    private static String curves(List<ProbeKind> probes) {
        return Metric.available(probes).values().stream().filter(Metric::isCurve).map(Metric::name).collect(Collectors.joining(", "));
    }

    private static Selector selector(LocatedTree tree, String at, JsonNode s, List<Axis> grid, List<FilePoint> points) {
        if (s == null) return Selector.all();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        var names = s.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            Axis axis = grid.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> tree.error(at + "." + name,
                    "expected a grid axis, there is none called '" + name + "' (axes: " + (grid.isEmpty() ? "none" : grid.stream().map(Axis::name).collect(Collectors.joining(", "))) + ")"));
            JsonNode v = s.get(name);
            JsonNode match = axis.values().stream().filter(x -> Values.same(x, v)).findFirst().orElseThrow(() -> tree.error(at + "." + name,
                    "expected a configuration of the grid, but " + name + " = " + v + " is not among its values " + axis.values()));
            values.put(name, match);
        }
        Selector sel = new Selector(values);
        if (points.stream().noneMatch(sel)) throw tree.error(at, "expected a configuration of the grid, none has " + sel.describe());
        return sel;
    }
}
