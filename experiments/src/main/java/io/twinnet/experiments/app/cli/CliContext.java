package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.catalog.Catalog;
import io.twinnet.experiments.data.MnistUnavailableException;
import io.twinnet.experiments.lab.DefaultRunEnvironment;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the commands take from the world outside their options: the experiments they know, where data
 * comes from, and how a run directory's store is opened. {@link TwinnetCli#main} uses {@link #standard()};
 * a test builds the command line with its own context ({@link TwinnetCli#commandLine(CliContext)}) instead of
 * changing shared state.
 *
 * @param catalog      the experiments, in catalog order
 * @param environments the data of a sweep, for a profile; MNIST provisioned first when asked for
 * @param stores       opens the results store of a run directory
 */
public record CliContext(Supplier<List<RunnableExperiment>> catalog, Environments environments, Function<Path, ResultsStore> stores) {

    /** Opens the data of a sweep. */
    @FunctionalInterface
    public interface Environments {
        /** The environment of {@code profile}; when {@code needsMnist}, MNIST is provisioned now (bad input when it cannot be). */
        RunEnvironment open(Profile profile, boolean needsMnist);
    }

    public CliContext {
        if (catalog == null) throw new IllegalArgumentException("catalog: is missing");
        if (environments == null) throw new IllegalArgumentException("environments: is missing");
        if (stores == null) throw new IllegalArgumentException("stores: is missing");
    }

    /** The catalog on the class path, the real data, stores that write atomically. */
    public static CliContext standard() {
        return new CliContext(Catalog::all, CliContext::realEnvironment, ResultsStore::new);
    }

    /** The real environment; MNIST is provisioned up front so a failure stops a sweep before it starts. */
    private static RunEnvironment realEnvironment(Profile profile, boolean needsMnist) {
        DefaultRunEnvironment env = new DefaultRunEnvironment(profile);
        if (needsMnist) {
            try {
                env.provisionMnist();
            } catch (MnistUnavailableException e) {
                throw new UserInputException(e.getMessage(), e);
            }
        }
        return env;
    }

    /** This context with {@code extra} experiments after the catalog's. */
    public CliContext withExperiments(RunnableExperiment... extra) {
        Supplier<List<RunnableExperiment>> base = catalog;
        return new CliContext(() -> {
            List<RunnableExperiment> all = new ArrayList<>(base.get());
            all.addAll(List.of(extra));
            return all;
        }, environments, stores);
    }

    /** This context with another way to open stores (a test's failing writer). */
    public CliContext withStores(Function<Path, ResultsStore> other) {
        return new CliContext(catalog, environments, other);
    }

    /** Every experiment, in catalog order. */
    public List<RunnableExperiment> experiments() {
        return catalog.get();
    }

    /** The experiment with {@code id}. */
    public Optional<RunnableExperiment> experiment(String id) {
        return experiments().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The experiment with {@code id}, or bad input naming {@code where} and listing the known ids. */
    public RunnableExperiment require(String id, String where) {
        return experiment(id).orElseThrow(() -> new UserInputException(where + "unknown experiment '" + id + "' (known: "
                + String.join(", ", ids()) + ")"));
    }

    /** The ids of every experiment, in catalog order. */
    public List<String> ids() {
        return experiments().stream().map(RunnableExperiment::id).toList();
    }
}
