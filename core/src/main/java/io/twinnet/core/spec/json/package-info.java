/** The hand-written JSON form of a {@link io.twinnet.core.spec.NetworkSpec}. */
package io.twinnet.core.spec.json;
