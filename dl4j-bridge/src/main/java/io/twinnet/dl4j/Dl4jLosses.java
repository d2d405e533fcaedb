package io.twinnet.dl4j;

import io.twinnet.core.spec.LossFunction;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossL2;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * Maps a core {@link LossFunction} to DL4J's loss object (package {@code org.nd4j.linalg.lossfunctions.impl}),
 * each with DL4J's defaults, as a DL4J user gets them from {@code LossFunctions.LossFunction}:
 * <ul>
 *   <li>MSE → {@code LossMSE}: per example (1/K) Σ_k (a_k − t_k)²;</li>
 *   <li>L2 → {@code LossL2}: per example Σ_k (a_k − t_k)²;</li>
 *   <li>MCXENT → {@code LossMCXENT}: −Σ_k t_k ln p_k, softmax output clipped to [1e-10, 1 − 1e-10] in the score;</li>
 *   <li>XENT → {@code LossBinaryXENT}: −Σ_k [t_k ln a_k + (1 − t_k) ln(1 − a_k)], with a clipped to
 *       [ε, 1 − ε] where ε = {@link LossBinaryXENT#DEFAULT_CLIPPING_EPSILON} = 1e-5 (in the score and
 *       in the gradient dL/da = (a − t)/(a(1 − a)), which DL4J then multiplies by σ′(z)).</li>
 * </ul>
 * The score of a minibatch is the mean of the per-example losses in every case.
 */
public final class Dl4jLosses {
    private Dl4jLosses() {
    }

    /** A new DL4J loss object for {@code loss}. */
    public static ILossFunction of(LossFunction loss) {
        return switch (loss) {
            case MSE -> new LossMSE();
            case L2 -> new LossL2();
            case MCXENT -> new LossMCXENT();
            case XENT -> new LossBinaryXENT();
        };
    }
}
