package io.twinnet.dl4j;

import io.twinnet.core.spec.NetworkSpec;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Moves parameter (and gradient) vectors between the core's layout and a DL4J network, through a
 * {@link Dl4jParameterLayout}. Loading then reading back returns the same vector bit for bit in double
 * precision; in float precision DL4J holds each value rounded to the nearest float.
 */
public final class ParameterTransfer {
    private final Dl4jParameterLayout layout;

    private ParameterTransfer(Dl4jParameterLayout layout) {
        this.layout = layout;
    }

    /** The transfer for networks built from {@code spec}. */
    public static ParameterTransfer forSpec(NetworkSpec spec) {
        return new ParameterTransfer(Dl4jParameterLayout.of(spec));
    }

    public Dl4jParameterLayout layout() {
        return layout;
    }

    /**
     * Sets every parameter of {@code net} from {@code core} (core layout; copied, converted to the
     * network's data type).
     */
    public void load(MultiLayerNetwork net, double[] core) {
        requireSize(net);
        double[] dl4j = layout.toDl4jOrder(core);
        net.setParams(Nd4jArrays.of(dl4j, new long[] {dl4j.length}, net.params().dataType()));
    }

    /** A copy of {@code net}'s parameters in the core's layout. */
    public double[] read(MultiLayerNetwork net) {
        requireSize(net);
        return layout.toCoreOrder(Nd4jArrays.toDoubles(net.params()));
    }

    /**
     * A copy of {@code net}'s current gradient in the core's layout: after {@code computeGradientAndScore()},
     * the sum over the minibatch of the per-example gradients (as the core's {@code gradient()}); 0 for blocks
     * that are not trained (batch-norm running statistics), as in the core.
     */
    public double[] readGradient(MultiLayerNetwork net) {
        requireSize(net);
        INDArray g = net.gradient().gradient();
        return layout.gradientToCoreOrder(Nd4jArrays.toDoubles(g));
    }

    private void requireSize(MultiLayerNetwork net) {
        if (net.numParams() != layout.parameterCount()) {
            throw new IllegalArgumentException("network has " + net.numParams() + " parameters but the spec has "
                    + layout.parameterCount() + ": was it built from another spec?");
        }
    }
}
