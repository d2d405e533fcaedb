package io.twinnet.experiments.lab;

/**
 * One point of an experiment's grid: a record of the parameters that tell its configurations
 * apart (learning rate, init, depth, ...). The lab crosses the points with the named seeds, runs
 * each pair on every implementation, stores the point beside its record (as JSON, by its record
 * components) and hands the typed point back to the claims, so no parameter is ever flattened to
 * a string and parsed again.
 *
 * <p>A point's {@link #id} names its configuration in the store and on the command line
 * ({@code --configs REGEX}): letters, digits and {@code . _ - =} only, unique within the grid.
 */
public interface GridPoint {

    /** The configuration's id, e.g. {@code w50-lr0.06}. */
    String id();
}
