package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.train.Optimiser;

import java.util.Arrays;
import java.util.List;

/**
 * Batch normalisation (Ioffe &amp; Szegedy 2015; DL4J {@code BatchNormalization}), per feature of a vector
 * input or per channel of an NCHW image input. For feature f the m = batch·S values x_i (S = height·width
 * for an image, 1 for a vector) are normalised together.
 *
 * <p>Training forward, with the batch statistics (the variance is the biased one, divided by m):
 * <pre>
 *   μ = (1/m) Σ_i x_i,   σ² = (1/m) Σ_i (x_i − μ)²,   x̂_i = (x_i − μ)/√(σ² + ε),   y_i = γ·x̂_i + β
 * </pre>
 * Inference forward, with the running statistics M and V: y = γ·(x − M)/√(V + ε) + β.
 *
 * <p>Backward (training mode), given g_i = ∂L/∂y_i, summed over the minibatch:
 * <pre>
 *   ∂L/∂β = Σ_i g_i,   ∂L/∂γ = Σ_i g_i·x̂_i,
 *   ∂L/∂x_i = (γ / (m·√(σ² + ε))) · (m·g_i − ∂L/∂β − x̂_i·∂L/∂γ)
 * </pre>
 *
 * <p>Running statistics, after each SGD step taken with a training forward pass (DL4J applies them in
 * {@code fit}, not in {@code computeGradientAndScore}, and never divides them by the minibatch size):
 * M ← M − (1 − decay)·(M − μ) (= decay·M + (1 − decay)·μ, written as DL4J's update of its
 * {@code mean} parameter) and V ← decay·V + (1 − decay)·σ², σ² the biased batch variance without ε.
 * Measured on DL4J 1.0.0-M2.1 with {@code useLogStd} (its default): it stores log10(√V) and updates it so
 * that V, not log10 √V, follows that average; ε appears in training and inference normalisation only.
 * The core stores V itself; the bridge converts.
 *
 * <p>Parameters (features F): gamma {F}, beta {F} (trained by SGD), mean {F} and var {F} (running
 * statistics, not trained; their gradient entries stay 0). Initially γ = gammaInit, β = betaInit,
 * M = 0 and V = 1 (DL4J's mean 0 and log10stdev 0).
 */
public final class BatchNormLayer implements Layer {
    private final Arithmetic ar;
    private final int index;
    private final Shape shape;
    private final BatchNormLayerSpec spec;
    private final int features;
    /** Values per feature per example: height·width for an image, 1 for a vector. */
    private final int spatial;
    private final double[] params;
    private final double[] grad;
    private final int gammaOff;
    private final int betaOff;
    private final int meanOff;
    private final int varOff;
    private final double[] batchMean;
    private final double[] batchVar;
    private final double[] invStd;
    /** x̂ of the last training forward pass, batch × F·S. */
    private double[] normalised = new double[0];
    /** True between a training forward pass and the SGD step that folds its statistics into M and V. */
    private boolean statisticsPending;

    BatchNormLayer(Arithmetic ar, int index, Shape input, BatchNormLayerSpec spec, int offset, double[] params, double[] grad) {
        this.ar = ar;
        this.index = index;
        this.shape = input;
        this.spec = spec;
        this.features = spec.features(input);
        this.spatial = input.spatial() ? input.height() * input.width() : 1;
        this.params = params;
        this.grad = grad;
        this.gammaOff = offset;
        this.betaOff = offset + features;
        this.meanOff = offset + 2 * features;
        this.varOff = offset + 3 * features;
        this.batchMean = new double[features];
        this.batchVar = new double[features];
        this.invStd = new double[features];
    }

    /** gamma, beta (trainable), mean, var (running statistics), each {F}, from {@code offset}. */
    static List<ParameterBlock> blocks(int index, int offset, Shape input, BatchNormLayerSpec spec) {
        int f = spec.features(input);
        return List.of(
                new ParameterBlock(index, "gamma", offset, f, new int[]{f}, true),
                new ParameterBlock(index, "beta", offset + f, f, new int[]{f}, true),
                new ParameterBlock(index, "mean", offset + 2 * f, f, new int[]{f}, false),
                new ParameterBlock(index, "var", offset + 3 * f, f, new int[]{f}, false));
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public Shape inputShape() {
        return shape;
    }

    @Override
    public Shape outputShape() {
        return shape;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return blocks(index, gammaOff, shape, spec);
    }

    @Override
    public void initialise(long seed) {
        Arrays.fill(params, gammaOff, gammaOff + features, spec.gammaInit());
        Arrays.fill(params, betaOff, betaOff + features, spec.betaInit());
        Arrays.fill(params, meanOff, meanOff + features, 0.0);
        Arrays.fill(params, varOff, varOff + features, 1.0);
    }

    @Override
    public void ensureCapacity(int batch) {
        if (normalised.length < batch * shape.size()) normalised = new double[batch * shape.size()];
    }

    @Override
    public void forward(double[] in, double[] out, int batch, boolean training) {
        int row = features * spatial;
        int m = batch * spatial;
        double eps = ar.round(spec.eps());
        for (int f = 0; f < features; f++) {
            double mean;
            double inv;
            if (training) {
                double s = 0;
                for (int b = 0; b < batch; b++) {
                    int off = b * row + f * spatial;
                    for (int j = 0; j < spatial; j++) s = ar.add(s, in[off + j]);
                }
                mean = ar.round(s / m);
                double q = 0;
                for (int b = 0; b < batch; b++) {
                    int off = b * row + f * spatial;
                    for (int j = 0; j < spatial; j++) {
                        double d = ar.round(in[off + j] - mean);
                        q = ar.mulAdd(q, d, d);
                    }
                }
                double var = ar.round(q / m);
                inv = ar.round(1.0 / ar.round(Math.sqrt(ar.add(var, eps))));
                batchMean[f] = mean;
                batchVar[f] = var;
                invStd[f] = inv;
            } else {
                mean = params[meanOff + f];
                inv = ar.round(1.0 / ar.round(Math.sqrt(ar.add(params[varOff + f], eps))));
            }
            double gamma = params[gammaOff + f];
            double beta = params[betaOff + f];
            for (int b = 0; b < batch; b++) {
                int off = b * row + f * spatial;
                for (int j = 0; j < spatial; j++) {
                    double xhat = ar.round(ar.round(in[off + j] - mean) * inv);
                    if (training) normalised[off + j] = xhat;
                    out[off + j] = ar.add(ar.round(gamma * xhat), beta);
                }
            }
        }
        if (training) statisticsPending = true;
    }

    /** The gradients of the class comment, from the x̂ and 1/√(σ² + ε) of the last training forward pass. */
    @Override
    public void backward(double[] in, double[] out, double[] dOut, double[] dIn, int batch) {
        int row = features * spatial;
        int m = batch * spatial;
        for (int f = 0; f < features; f++) {
            double dBeta = 0;
            double dGamma = 0;
            for (int b = 0; b < batch; b++) {
                int off = b * row + f * spatial;
                for (int j = 0; j < spatial; j++) {
                    dBeta = ar.add(dBeta, dOut[off + j]);
                    dGamma = ar.mulAdd(dGamma, dOut[off + j], normalised[off + j]);
                }
            }
            grad[gammaOff + f] = dGamma;
            grad[betaOff + f] = dBeta;
            if (dIn == null) continue;
            double scale = ar.round(ar.round(params[gammaOff + f] * invStd[f]) / m);
            for (int b = 0; b < batch; b++) {
                int off = b * row + f * spatial;
                for (int j = 0; j < spatial; j++) {
                    dIn[off + j] = ar.round(scale * ar.round(ar.round(ar.round(m * dOut[off + j]) - dBeta)
                            - ar.round(normalised[off + j] * dGamma)));
                }
            }
        }
    }

    /** The optimiser's step on γ and β, then the running statistics take in the last training batch's μ and σ². */
    @Override
    public void update(Optimiser optimiser, double[] params, double[] grad, double lr, int batch) {
        optimiser.step(params, grad, gammaOff, betaOff + features, lr, batch);
        if (statisticsPending) {
            double keep = spec.decay();
            for (int f = 0; f < features; f++) {
                double step = ar.round(1 - keep);
                params[meanOff + f] = ar.round(params[meanOff + f] - ar.round(step * ar.round(params[meanOff + f] - batchMean[f])));
                params[varOff + f] = ar.add(ar.round(ar.round(keep) * params[varOff + f]), ar.round(step * batchVar[f]));
            }
            statisticsPending = false;
        }
    }
}
