package io.twinnet.core.train;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.math.SparseRows;
import io.twinnet.core.spec.Updater;

/**
 * The rule that turns a gradient into a parameter change, one implementation per file ({@link Sgd}, {@link Adam}).
 * The network calls {@link #beginStep} once per training step, then {@link #step} once per trainable range after
 * the backward pass; the gradient it passes is the <em>sum</em> over the {@code n} examples of the minibatch,
 * so an optimiser that follows DL4J's {@code miniBatch(true)} divides by n itself.
 *
 * <p>An optimiser whose update of a range depends only on that range's gradient at this step can also take
 * a one-example weight gradient as the outer product x·δᵀ without it ever being stored
 * ({@link #stepRankOne}); the network then uses that route for minibatches of one. Optimisers with state per
 * parameter (momentum, Adam) keep the default, which declines the route.
 */
public interface Optimiser {

    /**
     * The optimiser of a spec's {@link Updater}, computing in the precision of {@code ar}; {@code parameterCount}
     * is the size of the network's flat parameter vector, the index space of {@link #step}'s ranges (an optimiser
     * with state keeps one entry per index).
     */
    static Optimiser of(Updater updater, Arithmetic ar, int parameterCount) {
        if (updater instanceof Updater.Adam a) return new Adam(a, ar, parameterCount);
        return Sgd.of(ar);
    }

    /** Called before the ranges of training step {@code iteration} (0 for the first step) are stepped. */
    default void beginStep(long iteration) {
    }

    /**
     * Whether a parameter whose gradient is exactly 0 may still move (Adam's moving averages do): the network must
     * then step every trainable parameter, not only the rows that received a gradient.
     */
    default boolean movesWithZeroGradient() {
        return false;
    }

    /** An independent copy with the same state (a stateless optimiser may return itself). */
    default Optimiser copy() {
        return this;
    }

    /**
     * Updates {@code params[from, to)} from {@code gradientSum[from, to)}, the gradient summed over the
     * {@code n} examples of the minibatch, at learning rate {@code lr} (already taken from the schedule).
     */
    void step(double[] params, double[] gradientSum, int from, int to, double lr, int n);

    /** Whether {@link #stepRankOne} is available. */
    default boolean takesRankOne() {
        return false;
    }

    /**
     * The step of a weight matrix W (nIn × nOut, row-major in {@code params}) for a minibatch of one whose
     * gradient is x·δᵀ, given as the list of x's non-zero entries and δ instead of stored: entry k of
     * {@code inputs} (k &lt; count) has the offset of row i of W in {@code params} and the value x[i]; a row of
     * an input that is not listed is left untouched. Must equal, bit for bit, forming the gradient (the exact
     * products x[i]·δ[j], unlisted rows zero) and calling {@link #step} with n = 1.
     *
     * @throws UnsupportedOperationException unless {@link #takesRankOne()}
     */
    default void stepRankOne(SparseRows inputs, int count, double[] delta, int nOut, double[] params, double lr) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " needs the stored gradient");
    }
}
