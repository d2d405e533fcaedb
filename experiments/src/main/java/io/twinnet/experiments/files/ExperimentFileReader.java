package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an experiment file (YAML, or JSON for a {@code .json} file) into an {@link ExperimentFile}:
 * the text is parsed with Jackson ({@link LocatedTree}), validated against the published JSON
 * Schema ({@link SchemaCheck}), then every configuration of the grid is built — the file with the
 * configuration's values in place is checked against the schema again, its network is read with
 * the spec format's own reader and its data is checked against the network — and the claims are
 * resolved against the grid and the recorded metrics. The first problem is thrown as an
 * {@link ExperimentFileException} naming the file, the line and the field; nothing is run or written.
 */
public final class ExperimentFileReader {
    private ExperimentFileReader() {
    }

    /** Reads the file at {@code path}; relative data paths in it are resolved against its directory. */
    public static ExperimentFile read(Path path) {
        String name = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExperimentFileException(name, 0, "", "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        Path base = path.toAbsolutePath().getParent();
        return parse(name, text, name.toLowerCase(java.util.Locale.ROOT).endsWith(".json"), base);
    }

    /** Reads {@code text} as the file {@code name}; data paths are resolved against {@code base}. */
    public static ExperimentFile parse(String name, String text, boolean json, Path base) {
        return parse(name, text, json, DataFiles.under(base));
    }

    /**
     * Rebuilds the experiment {@code definition} describes, its data read from the bytes it carries
     * ({@code origin} says in messages where they came from: a run directory, a Spark driver).
     */
    public static ExperimentFile parse(ExperimentDefinition definition, String origin) {
        return parse(definition.file(), definition.text(), definition.json(), DataFiles.of(definition, origin));
    }

    private static ExperimentFile parse(String name, String text, boolean json, DataFiles files) {
        LocatedTree tree = LocatedTree.parse(name, text, json);
        SchemaCheck.check(tree);
        JsonNode root = tree.root();
        String id = root.get("id").asText();
        String title = root.has("title") ? root.get("title").asText() : id;
        String source = root.has("source") ? root.get("source").asText() : "the file " + Path.of(name).getFileName();
        int seeds = root.has("seeds") ? root.get("seeds").asInt() : ExperimentFile.DEFAULT_SEEDS;
        List<ProbeKind> probes = new ArrayList<>();
        if (root.has("probes")) for (JsonNode p : root.get("probes")) probes.add(ProbeKind.parse(p.asText()).orElseThrow());
        List<Axis> grid = axes(tree);
        SetupReader setups = new SetupReader(files, id);
        List<FilePoint> points = new ArrayList<>();
        Map<String, PointSetup> byId = new LinkedHashMap<>();
        for (int[] choice : product(grid)) {
            FilePoint point = point(grid, choice);
            if (byId.containsKey(point.id())) throw tree.error("grid", "two configurations share the id '" + point.id() + "'; make the values' text differ");
            byId.put(point.id(), setups.read(withValues(tree, grid, choice)));
            points.add(point);
        }
        List<FileClaim> claims = ClaimReader.read(tree, grid, points, probes);
        return new ExperimentFile(new ExperimentDefinition(name, text, json, files.read()), id, title, source, seeds, grid, points, byId, probes, claims);
    }

    private static List<Axis> axes(LocatedTree tree) {
        List<Axis> out = new ArrayList<>();
        JsonNode grid = tree.root().get("grid");
        if (grid == null) return out;
        var names = grid.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode a = grid.get(name);
            List<JsonNode> values = new ArrayList<>();
            a.get("values").forEach(values::add);
            String at = "grid." + name;
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (Values.same(values.get(i), values.get(j))) throw tree.error(at + ".values[" + i + "]", "expected distinct values, " + values.get(i) + " is listed twice");
                }
            }
            List<String> fields = new ArrayList<>();
            JsonNode f = a.get("field");
            if (f.isArray()) f.forEach(x -> fields.add(x.asText())); else fields.add(f.asText());
            for (String field : fields) {
                for (Axis other : out) {
                    for (String g : other.fields()) {
                        if (overlap(field, g)) throw tree.error(at + ".field", "expected a field no other axis varies, but axis '" + other.name() + "' varies " + g);
                    }
                }
            }
            out.add(new Axis(name, fields, values));
        }
        return out;
    }

    private static boolean overlap(String f, String g) {
        return f.equals(g) || under(f, g) || under(g, f);
    }

    private static boolean under(String path, String prefix) {
        return path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    /** Every choice of one value index per axis, first axis slowest; one empty choice without axes. */
    static List<int[]> product(List<Axis> grid) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[grid.size()]);
        for (int a = grid.size() - 1; a >= 0; a--) {
            List<int[]> next = new ArrayList<>();
            for (int v = 0; v < grid.get(a).values().size(); v++) {
                for (int[] c : out) {
                    int[] copy = c.clone();
                    copy[a] = v;
                    next.add(copy);
                }
            }
            out = next;
        }
        out.sort((x, y) -> java.util.Arrays.compare(x, y));
        return out;
    }

    private static FilePoint point(List<Axis> grid, int[] choice) {
        if (grid.isEmpty()) return new FilePoint("base", Map.of());
        Map<String, JsonNode> values = new LinkedHashMap<>();
        List<String> tokens = new ArrayList<>();
        for (int a = 0; a < grid.size(); a++) {
            values.put(grid.get(a).name(), grid.get(a).values().get(choice[a]));
            tokens.add(grid.get(a).token(choice[a]));
        }
        return new FilePoint(String.join("_", tokens), values);
    }

    /**
     * The file with one configuration's values in place: the value's lines stand for the field it
     * sets, and an error there names the grid value it came from.
     */
    private static LocatedTree withValues(LocatedTree tree, List<Axis> grid, int[] choice) {
        JsonNode copy = tree.root().deepCopy();
        Map<String, Integer> lines = new HashMap<>(tree.lines());
        Map<String, String> origins = new LinkedHashMap<>();
        for (int a = 0; a < grid.size(); a++) {
            Axis axis = grid.get(a);
            String valuePath = "grid." + axis.name() + ".values[" + choice[a] + "]";
            for (String field : axis.fields()) {
                if (!FieldPath.set(copy, field, axis.values().get(choice[a]).deepCopy())) {
                    throw tree.error("grid." + axis.name() + ".field", "expected a field of the file to vary, but " + field
                            + " runs through a value that is not a mapping, or past the end of a list");
                }
                lines.keySet().removeIf(p -> p.equals(field) || under(p, field));
                for (Map.Entry<String, Integer> e : tree.lines().entrySet()) {
                    if (e.getKey().equals(valuePath) || under(e.getKey(), valuePath)) {
                        lines.put(field + e.getKey().substring(valuePath.length()), e.getValue());
                    }
                }
                origins.put(field, valuePath);
            }
        }
        LocatedTree point = new LocatedTree(tree.file(), copy, lines, origins);
        SchemaCheck.check(point);
        return point;
    }
}
