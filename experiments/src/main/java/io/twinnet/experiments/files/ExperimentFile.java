package io.twinnet.experiments.files;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment file, read and checked: everything {@link FileExperiment} declares to the lab.
 *
 * @param file   the file's name as the user gave it (messages and the report name it)
 * @param text   the file's text, as written (stored with the run and shown in the report)
 * @param json   true for a JSON file, false for YAML
 * @param points the configurations, the cartesian product of the axes in file order (first axis slowest)
 * @param setups each configuration's network, data and budget, by configuration id
 */
public record ExperimentFile(String file, String text, boolean json, String id, String title, String source, int seeds,
                             List<Axis> grid, List<FilePoint> points, Map<String, PointSetup> setups, List<ProbeKind> probes,
                             List<FileClaim> claims) {
    /** Seeds per configuration when the file does not say. */
    public static final int DEFAULT_SEEDS = 3;

    public ExperimentFile {
        if (text == null) throw new IllegalArgumentException("text: is missing");
        if (seeds < 1) throw new IllegalArgumentException("seeds: must be at least 1, got " + seeds);
        grid = List.copyOf(grid);
        points = List.copyOf(points);
        setups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(setups));
        probes = List.copyOf(probes);
        claims = List.copyOf(claims);
        if (points.isEmpty()) throw new IllegalArgumentException("points: the grid has no configuration");
        for (FilePoint p : points) if (!setups.containsKey(p.id())) throw new IllegalArgumentException("setups: none for " + p.id());
    }

    public PointSetup setup(FilePoint point) {
        return setups.get(point.id());
    }
}
