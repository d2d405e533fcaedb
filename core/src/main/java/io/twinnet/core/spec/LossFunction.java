package io.twinnet.core.spec;

import java.util.Locale;

/**
 * Loss functions, with DL4J's conventions (package {@code org.nd4j.linalg.lossfunctions.impl}).
 * The score of a minibatch is always the mean over its N examples of the per-example loss.
 */
public enum LossFunction {
    /** DL4J {@code LossMSE}: per example (1/K) Σ_k (a_k − t_k)²; gradient 2(a_k − t_k)/K. */
    MSE,
    /** DL4J {@code LossL2}: per example Σ_k (a_k − t_k)²; gradient 2(a_k − t_k). */
    L2,
    /**
     * DL4J {@code LossMCXENT} with a softmax output: per example −Σ_k t_k ln p_k, with p clipped to
     * [1e-10, 1 − 1e-10] in the score; fused with softmax its gradient with respect to the logits is p − t,
     * from the unclipped p (as DL4J 1.0.0-M2.1 computes it).
     */
    MCXENT,
    /**
     * DL4J {@code LossBinaryXENT} with a sigmoid output: per example −Σ_k [t_k ln ã_k + (1 − t_k) ln(1 − ã_k)],
     * ã = a clipped to [1e-5, 1 − 1e-5] ({@code LossBinaryXENT.DEFAULT_CLIPPING_EPSILON}); the gradient is
     * (ã − t)/(ã(1 − ã)) · a(1 − a) with respect to the logits, which is a − t inside the clipping range.
     */
    XENT;

    public static LossFunction parse(String name, String field) {
        if (name == null) throw new SpecException(field, "is missing");
        String n = name.trim().toUpperCase(Locale.ROOT).replace("_", "").replace("-", "");
        switch (n) {
            case "MSE": case "MEANSQUAREDERROR": return MSE;
            case "L2": case "SQUAREDLOSS": return L2;
            case "MCXENT": case "CROSSENTROPY": case "NEGATIVELOGLIKELIHOOD": return MCXENT;
            case "XENT": case "BINARYCROSSENTROPY": return XENT;
            default:
                throw new SpecException(field, "unknown loss '" + name + "' (expected one of mse, l2, mcxent, xent)");
        }
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
