/** Gradient checking against central finite differences in double precision. */
package io.twinnet.core.gradcheck;
