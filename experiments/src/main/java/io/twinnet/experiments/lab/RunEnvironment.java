package io.twinnet.experiments.lab;


import io.twinnet.core.data.Dataset;
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

    /** This environment's data, running only {@code only} (which must not be empty). */
    default RunEnvironment restrictedTo(Set<Implementation> only) {
        if (only.isEmpty()) throw new IllegalArgumentException("implementations: at least one is needed");
        RunEnvironment base = this;
        Set<Implementation> set = java.util.Collections.unmodifiableSet(EnumSet.copyOf(only));
        return new RunEnvironment() {
            @Override
            public Profile profile() {
                return base.profile();
            }

            @Override
            public Dataset mnistTrain() {
                return base.mnistTrain();
            }

            @Override
            public Dataset mnistTest() {
                return base.mnistTest();
            }

            @Override
            public Set<Implementation> implementations() {
                return set;
            }
        };
    }
}
