/** Minibatch SGD over an order of minibatches given from outside, with a per-step listener and divergence detection. */
package io.twinnet.core.train;
