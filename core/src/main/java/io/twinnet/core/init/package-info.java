/** Weight initialisation: the core's seeded generator ({@link io.twinnet.core.init.Rng}) and one initialiser per family of schemes, each documenting DL4J's formula. */
package io.twinnet.core.init;
