package io.twinnet.experiments.catalog;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.Updater;
import io.twinnet.core.spec.WeightInit;

/**
 * The two initialisations Lu et al. 2019 compare on deep narrow ReLU nets, and the net they are compared on: a 1-D
 * input, {@code hidden} ReLU layers of {@code width} units and a 1-unit identity output with MSE, every layer drawn
 * with the same scheme, trained by Adam with DL4J's constants (Lu et al.'s optimiser).
 */
enum NarrowInit {
    /** He et al. 2015: weights N(0, 2/fan-in), biases 0 (symmetric); each implementation draws its own. */
    HE("he", WeightInit.relu()),
    /** Lu et al. 2019's randomized asymmetric init: weights and biases drawn together; DL4J loads the core's draw. */
    RAI("rai", WeightInit.rai());

    final String label;
    final WeightInit weights;

    NarrowInit(String label, WeightInit weights) {
        this.label = label;
        this.weights = weights;
    }

    /** The net, named {@code name}, trained by Adam (0.9, 0.999, 1e-8) at learning rate {@code lr}, with seed {@code seed}. */
    NetworkSpec spec(String name, int width, int hidden, double lr, long seed) {
        NetworkSpec.Builder b = NetworkSpec.builder(Shape.vector(1)).name(name).learningRate(lr).seed(seed).updater(Updater.adam());
        for (int l = 0; l < hidden; l++) b.layer(DenseLayerSpec.of(width, Activation.of(ActivationKind.RELU), weights));
        b.layer(OutputLayerSpec.of(1, Activation.IDENTITY, LossFunction.MSE, weights));
        return b.build();
    }
}
