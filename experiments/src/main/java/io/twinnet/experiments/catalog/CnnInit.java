package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.WeightInit;
import java.util.Arrays;
import java.util.List;

/**
 * The inits of {@link CnnWeightChange}: two readings of seed 003's "convolution kernels as non zero
 * unit matrices, fully connected layer weights as 0's" (zero FC weights and zero biases in both), and
 * XAVIER everywhere, the random init the second answer recommends.
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
    /** XAVIER for every weight layer. */
    XAVIER("xavier", WeightInit.xavier());

    /** The asker's two readings. */
    static final List<CnnInit> ASKER = List.of(IDENTITY, ONES);

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
