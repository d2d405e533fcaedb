package io.twinnet.experiments.catalog;

import io.twinnet.experiments.lab.RunnableExperiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The experiment catalog of DESIGN.md, in the order the report presents it. */
public final class Catalog {
    private Catalog() {
    }

    /** Every experiment, in catalog order. */
    public static List<RunnableExperiment> all() {
        return List.of(new ReluInitRange(), new SigmoidVanishing(), new ZeroInitSymmetry(), new VariancePropagation(),
                new CnnWeightChange(), new DyingReluLr(), new WidthMinima(), new DeepReluHeVsXavier());
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
