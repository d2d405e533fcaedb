/**
 * NumPy {@code .npy} files in plain Java: {@link io.twinnet.reports.npy.NpyWriter} writes format
 * 1.0 exactly as {@code numpy.save} does (float64 or int32, little-endian, C order) and
 * {@link io.twinnet.reports.npy.NpyReader} reads what NumPy writes (f8, f4, i4, i8, either byte
 * order, C or Fortran order), refusing anything else with a clear message. The way to hand
 * parameters, data and trajectories to another implementation and to take its results back.
 */
package io.twinnet.reports.npy;
