package io.twinnet.experiments.files;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment file, read and checked: everything {@link FileExperiment} declares to the lab.
 *
 * @param definition the file's name, its text and the data files it read: what the experiment is rebuilt from
 * @param points the configurations, the cartesian product of the axes in file order (first axis slowest)
 * @param setups each configuration's network, data and budget, by configuration id
 */
public record ExperimentFile(ExperimentDefinition definition, String id, String title, String source, int seeds,
                             List<Axis> grid, List<FilePoint> points, Map<String, PointSetup> setups, List<ProbeKind> probes,
                             List<FileClaim> claims) {
    /** Seeds per configuration when the file does not say. */
    public static final int DEFAULT_SEEDS = 3;

    public ExperimentFile {
        if (definition == null) throw new IllegalArgumentException("definition: is missing");
        if (seeds < 1) throw new IllegalArgumentException("seeds: must be at least 1, got " + seeds);
        grid = List.copyOf(grid);
        points = List.copyOf(points);
        setups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(setups));
        probes = List.copyOf(probes);
        claims = List.copyOf(claims);
        if (points.isEmpty()) throw new IllegalArgumentException("points: the grid has no configuration");
        for (FilePoint p : points) if (!setups.containsKey(p.id())) throw new IllegalArgumentException("setups: none for " + p.id());
    }

    /** The file's name as the user gave it (messages and the report name it). */
    public String file() {
        return definition.file();
    }

    /** The file's text, as written (stored with the run and shown in the report). */
    public String text() {
        return definition.text();
    }

    /** True for a JSON file, false for YAML. */
    public boolean json() {
        return definition.json();
    }

    public PointSetup setup(FilePoint point) {
        return setups.get(point.id());
    }
}
