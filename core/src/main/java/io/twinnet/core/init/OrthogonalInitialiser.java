package io.twinnet.core.init;

/**
 * Orthogonal initialisation (Saxe, McClelland &amp; Ganguli 2013, "Exact solutions to the nonlinear dynamics of
 * learning in deep linear neural networks"): W = g·Q, where Q is a Haar-distributed (uniformly random)
 * matrix whose rows or columns, whichever are fewer, are orthonormal, so WᵀW = g²I (more rows) or WWᵀ = g²I
 * (more columns), and every singular value of W is g. A product of such square matrices is orthogonal too,
 * which is why a deep linear net so initialised maps every direction with gain g^depth.
 *
 * <p>The draw (Mezzadri 2007): for a weight tensor of shape {@code {rows, ...}} (a dense layer's
 * {@code {nIn, nOut}}; a convolution's {@code {nOut, nIn, kH, kW}} as an nOut × nIn·kH·kW matrix), with
 * M = max(rows, cols) and N = min(rows, cols), fill an M × N matrix A with N(0, 1) draws from the
 * {@link Rng} in row-major order, take its QR decomposition A = QR with R's diagonal made positive
 * ({@link HouseholderQr}), and write g·Q (rows ≥ cols) or g·Qᵀ (rows &lt; cols). DL4J 1.0.0-M2.1 has no
 * orthogonal initialiser ({@code org.deeplearning4j.nn.weights.WeightInit} lists none), so DL4J networks load
 * this draw.
 *
 * <p>One entry has mean 0 and variance g²·N/(M·N) = g²/M; for a dense layer M = max(fanIn, fanOut)
 * ({@link #distribution}). The entries are neither Gaussian nor independent (each row or column has norm g).
 */
public final class OrthogonalInitialiser implements WeightInitialiser {
    private final double gain;

    public OrthogonalInitialiser(double gain) {
        if (!(gain > 0) || !Double.isFinite(gain)) throw new IllegalArgumentException("gain: must be a finite number > 0, got " + gain);
        this.gain = gain;
    }

    @Override
    public void fill(double[] target, int offset, int[] shape, Fan fan, Rng rng) {
        int count = WeightInitialiser.count(shape);
        if (shape.length != 2 && shape.length != 4) {
            throw new IllegalArgumentException("shape: orthogonal init needs a 2-D or 4-D shape, got " + shape.length + " dimensions");
        }
        int rows = shape[0], cols = count / rows;
        int tall = Math.max(rows, cols), wide = Math.min(rows, cols);
        double[][] a = new double[tall][wide];
        for (int i = 0; i < tall; i++) {
            for (int j = 0; j < wide; j++) a[i][j] = rng.nextGaussian();
        }
        double[][] q = HouseholderQr.orthonormalFactor(a);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) target[offset + i * cols + j] = gain * (rows >= cols ? q[i][j] : q[j][i]);
        }
    }

    /** Mean 0 and standard deviation g/√max(fanIn, fanOut): exact for a dense layer (see the class comment). */
    @Override
    public WeightDistribution distribution(Fan fan) {
        return new WeightDistribution(WeightDistribution.Kind.ORTHOGONAL, 0, gain / Math.sqrt(Math.max(fan.fanIn(), fan.fanOut())));
    }
}
