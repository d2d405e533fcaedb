package io.twinnet.core.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Specs built in code are validated on construction, with the offending field named. */
class NetworkSpecValidationTest {

    static void assertRefused(String field, Executable build) {
        SpecException e = assertThrows(SpecException.class, build);
        assertEquals(field, e.field(), e.getMessage());
    }

    static OutputLayerSpec softmaxOut() {
        return OutputLayerSpec.of(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier());
    }

    @Test
    void aNegativeOrZeroLearningRateIsRefused() {
        assertRefused("learningRate", () -> LearningRateSchedule.fixed(-0.1));
        assertRefused("learningRate", () -> LearningRateSchedule.fixed(0));
        assertRefused("decayRate", () -> LearningRateSchedule.exponential(0.1, 0));
        assertRefused("step", () -> LearningRateSchedule.step(0.1, 0.5, 0));
    }

    @Test
    void lossesNeedTheirActivation() {
        assertRefused("loss", () -> OutputLayerSpec.of(2, Activation.SOFTMAX, LossFunction.XENT, WeightInit.xavier()));
        assertRefused("loss", () -> OutputLayerSpec.of(2, Activation.RELU, LossFunction.MCXENT, WeightInit.xavier()));
        assertRefused("loss", () -> OutputLayerSpec.of(2, Activation.TANH, LossFunction.XENT, WeightInit.xavier()));
        assertRefused("nOut", () -> OutputLayerSpec.of(1, Activation.SOFTMAX, LossFunction.MSE, WeightInit.xavier()));
    }

    @Test
    void identityInitNeedsASquareLayer() {
        assertRefused("layers[0].weightInit", () -> NetworkSpec.builder(Shape.vector(3))
                .dense(4, Activation.RELU, WeightInit.of(InitScheme.IDENTITY)).layer(softmaxOut()).build());
        assertRefused("layers[1].weightInit", () -> NetworkSpec.builder(Shape.vector(3))
                .dense(3, Activation.RELU, WeightInit.of(InitScheme.IDENTITY))
                .output(2, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.of(InitScheme.IDENTITY)).build());
    }

    @Test
    void theOutputLayerMustBeLastAndOnlyLast() {
        assertRefused("layers[0]", () -> NetworkSpec.builder(Shape.vector(3)).layer(softmaxOut()).layer(softmaxOut()).build());
        assertRefused("layers[0]", () -> NetworkSpec.builder(Shape.vector(3)).dense(2, Activation.RELU, WeightInit.xavier()).build());
        assertRefused("layers", () -> new NetworkSpec("", Shape.vector(3), List.of(), LearningRateSchedule.fixed(0.1), 1, Precision.DOUBLE));
    }

    @Test
    void layerSizesCannotMismatchBecauseInputsAreDerived() {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(7)).dense(5, Activation.RELU, WeightInit.xavier()).layer(softmaxOut()).build();
        assertEquals(Shape.vector(5), spec.inputShapeOf(1));
        assertEquals(7 * 5 + 5 + 5 * 2 + 2, spec.parameterCount());
    }

    @Test
    void convolutionsNeedImagesThatFitTheKernel() {
        assertRefused("layers[0]", () -> NetworkSpec.builder(Shape.vector(9))
                .layer(ConvolutionLayerSpec.of(2, Window.square(3), Activation.RELU, WeightInit.relu())).layer(softmaxOut()).build());
        assertRefused("layers[0].window.kernelH", () -> NetworkSpec.builder(Shape.image(1, 2, 2))
                .layer(ConvolutionLayerSpec.of(2, Window.square(3), Activation.RELU, WeightInit.relu())).layer(softmaxOut()).build());
    }

    @Test
    void parametersOfInitsAndActivationsAreChecked() {
        assertRefused("std", () -> WeightInit.normal(0, -1));
        assertRefused("upper", () -> WeightInit.uniform(1, 1));
        assertRefused("alpha", () -> Activation.leakyRelu(1.5));
        assertRefused("biasInit", () -> new DenseLayerSpec(3, Activation.RELU, WeightInit.xavier(), 0.5, false));
        assertRefused("activation", () -> DenseLayerSpec.of(3, Activation.SOFTMAX, WeightInit.xavier()));
        assertRefused("activation", () -> ActivationKind.parse("swish", "activation"));
    }
}
