/**
 * The numerical kernels of the core: dense forward, weight and input gradients, the convolution's matrix
 * products, on flat row-major arrays, and {@link io.twinnet.core.math.Arithmetic}, the one place where double
 * and float32 differ. This is where the speed lives.
 */
package io.twinnet.core.math;
