package io.twinnet.experiments.lab;


import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.Precision;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a run may read besides its {@link RunConfig}: the datasets, loaded once per sweep and
 * shared read-only between parallel runs.
 */
public interface RunEnvironment {

    /** The profile being run. */
    Profile profile();

    /** The 60,000 MNIST training images, pixels in [0, 1], one-hot labels (provisioned on first use). */
    Dataset mnistTrain();

    /** The 10,000 MNIST test images. */
    Dataset mnistTest();

    /**
     * The implementations this sweep runs (both by default). A run builds and trains only these;
     * the runner records the others as not run and their verdicts as {@link Verdict#NOT_RUN}.
     */
    default Set<Implementation> implementations() {
        return EnumSet.allOf(Implementation.class);
    }

    /**
     * The precision every network of this sweep computes in, whatever its experiment's spec says (double by
     * default); {@link TrialRunner} applies it where a trial's spec becomes the two networks.
     */
    default Precision precision() {
        return Precision.DOUBLE;
    }

    /**
     * True when DL4J starts every training run from the core's initial parameters ({@code twinnet run --shared-init})
     * instead of drawing its own, so each run is also a whole-run trajectory comparison ({@link LockstepTrajectory});
     * false by default. Trials that do not train ignore it.
     */
    default boolean sharedInit() {
        return false;
    }

    /** This environment's data, running only {@code only} (which must not be empty). */
    default RunEnvironment restrictedTo(Set<Implementation> only) {
        if (only.isEmpty()) throw new IllegalArgumentException("implementations: at least one is needed");
        return new ScopedRunEnvironment(this, EnumSet.copyOf(only), precision(), sharedInit());
    }

    /** This environment with every network computing in {@code p}. */
    default RunEnvironment withPrecision(Precision p) {
        return new ScopedRunEnvironment(this, EnumSet.copyOf(implementations()), p, sharedInit());
    }

    /** This environment with DL4J starting from the core's initial parameters ({@code shared}) or from its own. */
    default RunEnvironment withSharedInit(boolean shared) {
        return new ScopedRunEnvironment(this, EnumSet.copyOf(implementations()), precision(), shared);
    }
}
