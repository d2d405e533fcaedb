package io.twinnet.experiments.app.exchange;

import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SpecException;
import io.twinnet.core.spec.json.SpecJson;
import io.twinnet.dl4j.parity.ParityCase;
import io.twinnet.dl4j.parity.ParityCases;
import io.twinnet.experiments.lab.DeclaredExperiment;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.TrainingTrial;
import io.twinnet.experiments.lab.Trial;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The exact-parity cases of the catalog, derived from the experiments' declarations so that a new experiment
 * needs no edit here: for every declared experiment, every point of its quick grid (seed 1) is asked for its
 * trial, and the trial's network is taken in small ({@link #small}) — same activations, inits, biases, losses
 * and learning-rate schedule, on {@value ParityCases#INPUTS} inputs, at most {@value #MAX_DEPTH} hidden layers of
 * at most {@value #MAX_WIDTH} units, {@value ParityCases#CLASSES} outputs — on the bridge's blob data
 * ({@link ParityCases#small}). A batch-norm layer is kept where it stands (after a kept hidden layer, or on the
 * input), with its decay, ε, γ and β. Networks with other layers (convolutions, pooling: the bridge's
 * {@code cnn/} cases cover those) and small networks already seen are passed over; a case is named
 * {@code EXPERIMENT/POINT} after the first point that gave it. Minibatches of one where the experiment trains at
 * minibatch one, else of eight.
 */
public final class CatalogParityCases {
    /** The most hidden layers a small twin keeps. */
    public static final int MAX_DEPTH = 3;
    /** The widest hidden layer a small twin keeps. */
    public static final int MAX_WIDTH = 8;

    private CatalogParityCases() {
    }

    /** The cases of {@code experiments}, whose trials read their data from {@code env} (the quick profile). */
    public static List<ParityCase> of(List<RunnableExperiment> experiments, RunEnvironment env) {
        if (env.profile() != Profile.QUICK) throw new IllegalArgumentException("env: parity cases follow the quick profile, got " + env.profile().label());
        List<ParityCase> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long dataSeed = 900;
        for (RunnableExperiment e : experiments) {
            if (!(e instanceof DeclaredExperiment<?> declared)) continue;
            for (RunConfig c : declared.configurations(Profile.QUICK, 1)) {
                Trial trial = declared.trial(c, env);
                Optional<NetworkSpec.Builder> small = small(trial.spec());
                if (small.isEmpty() || !seen.add(SpecJson.toJson(small.get().build()))) continue;
                String name = e.id() + "/" + c.config();
                int batch = trial instanceof TrainingTrial t && t.order().batch(0).length == 1 ? 1 : 8;
                out.add(ParityCases.small(name, "the " + name + " network in small", small.get(), batch, dataSeed++));
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code spec} in small: the input a vector of {@link ParityCases#INPUTS}, the first {@link #MAX_DEPTH} hidden
     * dense layers at most {@link #MAX_WIDTH} wide, the output layer with {@link ParityCases#CLASSES} units, every
     * activation, init, bias, batch-norm and activation layer and the learning-rate schedule kept; empty for a network with other layers, or one
     * whose small form is not a valid spec (e.g. an identity init that needs square layers).
     */
    static Optional<NetworkSpec.Builder> small(NetworkSpec spec) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(ParityCases.INPUTS)).learningRate(spec.learningRate()).seed(spec.seed());
        int hidden = 0;
        for (LayerSpec l : spec.layers()) {
            if (l instanceof DenseLayerSpec d) {
                if (hidden++ < MAX_DEPTH) b.layer(new DenseLayerSpec(Math.min(d.nOut(), MAX_WIDTH), d.activation(), d.weightInit(), d.biasInit(), d.hasBias()));
            } else if (l instanceof BatchNormLayerSpec || l instanceof ActivationLayerSpec) {
                if (hidden <= MAX_DEPTH) b.layer(l);
            } else if (l instanceof OutputLayerSpec o) {
                b.layer(new OutputLayerSpec(ParityCases.CLASSES, o.activation(), o.loss(), o.weightInit(), o.biasInit(), o.hasBias()));
            } else {
                return Optional.empty();
            }
        }
        try {
            b.build();
        } catch (SpecException e) {
            return Optional.empty();
        }
        return Optional.of(b);
    }
}
