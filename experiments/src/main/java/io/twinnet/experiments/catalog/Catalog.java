package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.RunnableExperiment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The experiment catalog of DESIGN.md: every {@link Experiment} on the class path that declares
 * itself with {@code @AutoService(Experiment.class)}, in the order of their {@link Experiment#position}
 * (then id), so a new experiment is one file and needs no edit here.
 */
public final class Catalog {
    private Catalog() {
    }

    /** Every declared experiment found on the class path, in catalog order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static List<Experiment<?>> declared() {
        List<Experiment<?>> out = new ArrayList<>();
        for (Experiment e : ServiceLoader.load(Experiment.class)) out.add(e);
        out.sort(Comparator.<Experiment<?>>comparingInt(Experiment::position).thenComparing(Experiment::id));
        return out;
    }

    /** Every experiment, in catalog order. */
    public static List<RunnableExperiment> all() {
        List<RunnableExperiment> out = new ArrayList<>();
        for (Experiment<?> e : declared()) out.add(new DeclaredExperiment<>(e));
        return out;
    }

    public static Optional<RunnableExperiment> find(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The ids of the catalog, in order. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (RunnableExperiment e : all()) ids.add(e.id());
        return ids;
    }
}
