/** What training phenomena are seen through: activation statistics, saturation, dead units, gradient norms, update ratios, weight change. The arithmetic is in {@link io.twinnet.core.probe.ProbeMath}, on plain arrays, so the DL4J bridge computes identical numbers. */
package io.twinnet.core.probe;
