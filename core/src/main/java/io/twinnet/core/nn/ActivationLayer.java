package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.Shape;

/**
 * An activation as a layer of its own (DL4J {@code ActivationLayer}), element by element over any shape,
 * no parameters.
 * <pre>
 *   forward:  a = f(x)
 *   backward: ∂L/∂x = ∂L/∂a ⊙ f'(x), read from a ({@link ActivationFunction#backward})
 * </pre>
 */
public final class ActivationLayer extends ParameterFreeLayer {
    private final ActivationFunction activation;

    ActivationLayer(Arithmetic ar, int index, Shape input, ActivationLayerSpec spec) {
        super(index, input, input);
        this.activation = ActivationFunction.of(spec.activation(), ar);
    }

    @Override
    public void forward(double[] in, double[] out, int batch, boolean training) {
        System.arraycopy(in, 0, out, 0, batch * inputShape().size());
        activation.forward(out, batch, inputShape().size());
    }

    @Override
    public void backward(double[] in, double[] out, double[] dOut, double[] dIn, int batch) {
        if (dIn == null) return;
        activation.backward(out, dOut, batch, inputShape().size());
        System.arraycopy(dOut, 0, dIn, 0, batch * inputShape().size());
    }
}
