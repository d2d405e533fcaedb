package io.twinnet.experiments.catalog;

import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.WeightInit;

/**
 * The weight initialisations the signal-propagation experiments compare at initialisation
 * (seeds 001 and 002) and deep-relu-he-vs-xavier trains, each with the label its configuration ids
 * carry and the weight variance it implies for a square layer of fan-in n (DL4J's {@code WeightInit}
 * formulas).
 */
public enum InitChoice {
    /** N(0, std 0.01²), the seeds' "small random numbers". */
    N0_01("n0.01", WeightInit.normal(0, 0.01)),
    /** N(0, 1). */
    N1("n1", WeightInit.normal(0, 1)),
    /** XAVIER: N(0, 2/(fan-in + fan-out)). */
    XAVIER("xavier", WeightInit.xavier()),
    /** LECUN_NORMAL: N(0, 1/fan-in). */
    LECUN("lecun", WeightInit.of(InitScheme.LECUN_NORMAL)),
    /** UNIFORM: U[−1/√fan-in, 1/√fan-in], Glorot &amp; Bengio's "standard" init (their eq. 1). */
    UNIFORM("uniform", WeightInit.of(InitScheme.UNIFORM)),
    /** XAVIER_UNIFORM: U[±√(6/(fan-in + fan-out))], Glorot &amp; Bengio's "normalised" init (their eq. 16). */
    XAVIER_UNIFORM("xavier-uniform", WeightInit.of(InitScheme.XAVIER_UNIFORM)),
    /** RELU (He et al. 2015): N(0, 2/fan-in). */
    HE("he", WeightInit.relu());

    final String label;
    final WeightInit weights;

    InitChoice(String label, WeightInit weights) {
        this.label = label;
        this.weights = weights;
    }

    /** σ² of a square layer of fan-in n: {@link #variance(int, int)} with fan-out n. */
    double variance(int n) {
        return variance(n, n);
    }

    /** σ² of a dense layer: std² for N(0, std²); 2/(fanIn + fanOut) (normal or uniform); 1/fanIn; 1/(3·fanIn) for U[±1/√fanIn]; 2/fanIn. */
    double variance(int fanIn, int fanOut) {
        return switch (this) {
            case N0_01, N1 -> weights.std() * weights.std();
            case XAVIER, XAVIER_UNIFORM -> 2.0 / (fanIn + fanOut);
            case LECUN -> 1.0 / fanIn;
            case UNIFORM -> 1.0 / (3.0 * fanIn);
            case HE -> 2.0 / fanIn;
        };
    }
}
