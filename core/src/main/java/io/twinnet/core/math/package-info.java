/** The numerical kernels of the core: dense forward, weight and input gradients, the SGD step, on flat row-major arrays. This is where the speed lives. */
package io.twinnet.core.math;
