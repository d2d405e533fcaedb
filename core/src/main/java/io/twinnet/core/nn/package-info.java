/** The from-scratch network: {@link io.twinnet.core.nn.Network}, its layers (forward and backward side by side in each layer's file), activations and losses with DL4J's conventions, and the flat parameter layout. */
package io.twinnet.core.nn;
