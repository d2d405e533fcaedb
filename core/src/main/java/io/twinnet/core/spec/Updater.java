package io.twinnet.core.spec;

/**
 * The rule that turns a minibatch's gradient into a parameter change, as DL4J's {@code IUpdater} configurations
 * name it; the learning rate and its schedule are the spec's {@code learningRate}, shared by every updater. Both
 * follow DL4J's {@code miniBatch(true)}: the gradient g is the mean over the minibatch (the summed gradient
 * divided by N) before the updater sees it.
 * <ul>
 *   <li>{@link Sgd}: θ ← θ − lr(t)·g (DL4J {@code org.nd4j.linalg.learning.config.Sgd}); the default;</li>
 *   <li>{@link Adam}: Kingma &amp; Ba (2015), "Adam: a method for stochastic optimization", Algorithm 1 in
 *       DL4J's arrangement ({@code org.nd4j.linalg.learning.config.Adam}; the formula is the core's
 *       {@code io.twinnet.core.train.Adam}).</li>
 * </ul>
 */
public sealed interface Updater permits Updater.Sgd, Updater.Adam {

    /** The updater's name in the spec's JSON: "sgd" or "adam". */
    String jsonName();

    /** Plain SGD, the default of every spec. */
    static Updater sgd() {
        return Sgd.INSTANCE;
    }

    /** Adam with DL4J's (and Kingma &amp; Ba's) defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    static Updater adam() {
        return new Adam(Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON);
    }

    /** Parses "sgd" or "adam" (with Adam's defaults), naming {@code field} on failure. */
    static Updater parse(String name, String field) {
        if (name == null) throw new SpecException(field, "is missing");
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "sgd" -> sgd();
            case "adam" -> adam();
            default -> throw new SpecException(field, "unknown updater '" + name + "' (expected sgd or adam)");
        };
    }

    /** Plain stochastic gradient descent: no parameters besides the spec's learning rate. */
    record Sgd() implements Updater {
        static final Sgd INSTANCE = new Sgd();

        @Override
        public String jsonName() {
            return "sgd";
        }
    }

    /**
     * Adam's constants.
     *
     * @param beta1   the decay of the first-moment average m, in [0, 1)
     * @param beta2   the decay of the second-moment average v, in [0, 1)
     * @param epsilon added to √v in the denominator, a positive finite number
     */
    record Adam(double beta1, double beta2, double epsilon) implements Updater {
        public static final double DEFAULT_BETA1 = 0.9;
        public static final double DEFAULT_BETA2 = 0.999;
        public static final double DEFAULT_EPSILON = 1e-8;

        public Adam {
            SpecException.require(Double.isFinite(beta1) && beta1 >= 0 && beta1 < 1, "beta1", "must lie in [0, 1), got " + beta1);
            SpecException.require(Double.isFinite(beta2) && beta2 >= 0 && beta2 < 1, "beta2", "must lie in [0, 1), got " + beta2);
            SpecException.requirePositive(epsilon, "epsilon");
        }

        @Override
        public String jsonName() {
            return "adam";
        }
    }
}
