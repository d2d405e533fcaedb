package io.twinnet.experiments.lab;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.Precision;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Another environment's data and profile, with its own choice of implementations, precision and shared init
 * ({@link RunEnvironment#restrictedTo}, {@link RunEnvironment#withPrecision}, {@link RunEnvironment#withSharedInit}).
 */
final class ScopedRunEnvironment implements RunEnvironment {
    private final RunEnvironment base;
    private final Set<Implementation> implementations;
    private final Precision precision;
    private final boolean sharedInit;

    ScopedRunEnvironment(RunEnvironment base, EnumSet<Implementation> implementations, Precision precision, boolean sharedInit) {
        if (precision == null) throw new IllegalArgumentException("precision: is missing");
        this.base = base;
        this.implementations = Collections.unmodifiableSet(implementations);
        this.precision = precision;
        this.sharedInit = sharedInit;
    }

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
        return implementations;
    }

    @Override
    public Precision precision() {
        return precision;
    }

    @Override
    public boolean sharedInit() {
        return sharedInit;
    }
}
