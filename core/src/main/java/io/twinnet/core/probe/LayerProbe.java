package io.twinnet.core.probe;

/**
 * What the probes see in one layer. Activation statistics are over the layer's outputs on a probe set
 * (all examples and units together); gradient quantities are for the layer's weight matrix W and the
 * gradient of the network's last training step. A quantity that does not apply is NaN (e.g. the
 * saturated fraction of a ReLU layer). See {@link ProbeMath} for the formulas and thresholds.
 *
 * @param layer                 the layer index
 * @param activation            the activation's name
 * @param activationMean        mean of the outputs
 * @param activationStd         population standard deviation of the outputs
 * @param saturatedFraction     fraction of saturated outputs (sigmoid, softmax, tanh)
 * @param deadFraction          fraction of units never positive on the probe set (relu, leaky relu)
 * @param gradientNorm          ‖∂L/∂W‖₂ of the mean gradient of the last step
 * @param updateRatio           lr·‖g/N‖₂ / ‖W‖₂
 * @param relativeWeightChange  ‖W − W₀‖₂ / ‖W₀‖₂ since the initial parameters
 */
public record LayerProbe(int layer, String activation, double activationMean, double activationStd, double saturatedFraction,
                         double deadFraction, double gradientNorm, double updateRatio, double relativeWeightChange) {
}
