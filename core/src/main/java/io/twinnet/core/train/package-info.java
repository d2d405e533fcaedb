/**
 * Training: the network interface both implementations share ({@link io.twinnet.core.train.TrainableNetwork}),
 * the update rules, one per file ({@link io.twinnet.core.train.Sgd}), and the one minibatch loop over an order
 * given from outside, with listeners for steps and checkpoints ({@link io.twinnet.core.train.Trainer}).
 */
package io.twinnet.core.train;
