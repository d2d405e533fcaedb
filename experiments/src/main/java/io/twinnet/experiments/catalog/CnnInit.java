package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.WeightInit;
import java.util.Arrays;
import java.util.List;

/**
 * The inits of {@link CnnWeightChange}: three readings of seed 003's "convolution kernels as non zero
 * unit matrices, fully connected layer weights as 0's" (zero FC weights and zero biases in each), and
 * XAVIER everywhere, the random init the second answer recommends. Which reading is which: "identity" is
 * the identity <em>map</em> of the input (a centre delta), "unit-matrix" the identity <em>matrix</em> in
 * every kernel (the asker's words read literally), "ones" the all-ones matrix.
 */
enum CnnInit {
    /**
     * Each kernel the identity map of its input: centre 1, else 0. DL4J's IDENTITY needs nIn = nOut;
     * with a one-channel image the identity of the input for C output channels is this kernel in
     * every channel. It draws no random numbers: the kernels start at zero and {@link #identityKernels}
     * writes the centres into both sides' parameters after construction.
     */
    IDENTITY("identity", WeightInit.zero()),
    /** Every kernel entry 1 (DL4J ONES). */
    ONES("ones", WeightInit.of(InitScheme.ONES)),
    /**
     * Every kernel the k×k identity matrix, ones on its diagonal and zeros elsewhere, all kernels equal: the
     * core's {@link InitScheme#UNIT_MATRIX}, which DL4J has no initialiser for, so its network loads the core's values.
     */
    UNIT_MATRIX("unit-matrix", WeightInit.of(InitScheme.UNIT_MATRIX)),
    /** XAVIER for every weight layer. */
    XAVIER("xavier", WeightInit.xavier());

    /** The asker's two readings that the full grid crosses with batch norm and both rates (the literal one is a single point). */
    static final List<CnnInit> ASKER = List.of(IDENTITY, ONES);
    /** The inits the full grid crosses: the asker's two readings and XAVIER. */
    static final List<CnnInit> CROSSED = List.of(IDENTITY, ONES, XAVIER);

    final String label;
    /** The convolution kernels' init. */
    final WeightInit kernels;

    CnnInit(String label, WeightInit kernels) {
        this.label = label;
        this.kernels = kernels;
    }

    /** The name in config ids and stored parameters. */
    @JsonValue
    String label() {
        return label;
    }

    /** The dense and output layers' init: zero for the asker's readings. */
    WeightInit fullyConnected() {
        return this == XAVIER ? WeightInit.xavier() : WeightInit.zero();
    }

    /** The parameters with every conv kernel (layer 0) set to the identity map of its input: centre 1, else 0. */
    static double[] identityKernels(double[] params, ParameterLayout layout) {
        double[] p = params.clone();
        ParameterBlock w = layout.block(0, "W");
        int[] shape = w.shape(); // nOut, nIn, kH, kW
        Arrays.fill(p, w.offset(), w.end(), 0.0);
        for (int o = 0; o < shape[0]; o++) {
            for (int i = 0; i < shape[1]; i++) p[w.offset() + ((o * shape[1] + i) * shape[2] + shape[2] / 2) * shape[3] + shape[3] / 2] = 1.0;
        }
        return p;
    }
}
