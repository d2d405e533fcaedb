package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.init.Fan;
import io.twinnet.core.init.Initialisers;
import io.twinnet.core.init.Rng;
import io.twinnet.core.math.Im2Col;
import io.twinnet.core.math.MatrixProducts;
import io.twinnet.core.math.SparseRows;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.Window;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A 2-D convolution (DL4J {@code ConvolutionLayer}, {@code ConvolutionMode.Truncate}, NCHW): a
 * cross-correlation, the kernel is not flipped.
 *
 * <p>Forward, per example, with input x[c][h][w], weights W[o][c][ky][kx], bias b[o]:
 * <pre>
 *   z[o][y][x] = b[o] + Σ_{c, ky, kx} W[o][c][ky][kx] · x[c][y·sH + ky − pH][x·sW + kx − pW]   (x = 0 outside)
 *   a = f(z)
 * </pre>
 * computed as z = W·col(x) + b with the im2col matrix col(x) of K = C·kH·kW rows and P = outH·outW columns
 * ({@link Im2Col}), W seen as a matrix [nOut][K].
 *
 * <p>Backward, given g = ∂L/∂a: δ = g ⊙ f'(z), a matrix [nOut][P] per example, then, summed over the
 * examples of the minibatch,
 * <pre>
 *   ∂L/∂W      = Σ_b δ_b · col(x_b)ᵀ            ([nOut][K])
 *   ∂L/∂b[o]   = Σ_b Σ_p δ_b[o][p]
 *   ∂L/∂x_b    = col2im(Wᵀ · δ_b)               (the adjoint of im2col scatters each column entry back)
 * </pre>
 * The column matrices of the whole minibatch are kept from the forward pass for the weight gradient;
 * all buffers are allocated by {@link #ensureCapacity} and reused.
 *
 * <p>Parameters: W, shape {nOut, nIn, kH, kW} row-major (DL4J's shape and 'c' order), then b {nOut}.
 * Initialisation draws W in that order with fanIn = nIn·kH·kW and fanOut = nOut·kH·kW/(sH·sW) (DL4J
 * {@code ConvolutionParamInitializer}).
 */
public final class ConvolutionLayer implements Layer {
    private final Arithmetic ar;
    private final int index;
    private final Shape inputShape;
    private final Shape outputShape;
    private final ConvolutionLayerSpec spec;
    private final ActivationFunction activation;
    private final Im2Col im2col;
    private final int nOut;
    private final int k;
    private final int p;
    private final double[] params;
    private final double[] grad;
    private final int wOff;
    private final int bOff;
    private final SparseRows scratch;
    /** The column matrices of the last forward pass, batch × K × P. */
    private double[] cols = new double[0];
    /** Wᵀ·δ of one example, K × P. */
    private final double[] colGrad;

    ConvolutionLayer(Arithmetic ar, int index, Shape input, ConvolutionLayerSpec spec, int offset, double[] params, double[] grad) {
        this.ar = ar;
        this.index = index;
        this.inputShape = input;
        this.outputShape = spec.outputShape(input, "layers[" + index + "]");
        this.spec = spec;
        this.activation = ActivationFunction.of(spec.activation(), ar);
        Window w = spec.window();
        this.im2col = new Im2Col(input.channels(), input.height(), input.width(), w.kernelH(), w.kernelW(),
                w.strideH(), w.strideW(), w.padH(), w.padW());
        this.nOut = spec.nOut();
        this.k = im2col.rows();
        this.p = im2col.columns();
        this.params = params;
        this.grad = grad;
        this.wOff = offset;
        this.bOff = spec.hasBias() ? offset + nOut * k : -1;
        this.scratch = new SparseRows(Math.max(k, nOut));
        this.colGrad = new double[k * p];
    }

    /** The blocks W {nOut, nIn, kH, kW} and (with a bias) b {nOut}, from {@code offset}. */
    static List<ParameterBlock> blocks(int index, int offset, Shape input, ConvolutionLayerSpec spec) {
        Window w = spec.window();
        int n = spec.nOut() * input.channels() * w.kernelH() * w.kernelW();
        List<ParameterBlock> out = new ArrayList<>(2);
        out.add(new ParameterBlock(index, "W", offset, n, new int[]{spec.nOut(), input.channels(), w.kernelH(), w.kernelW()}, true));
        if (spec.hasBias()) out.add(new ParameterBlock(index, "b", offset + n, spec.nOut(), new int[]{spec.nOut()}, true));
        return out;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public Shape inputShape() {
        return inputShape;
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return blocks(index, wOff, inputShape, spec);
    }

    /** W from the scheme (row-major {nOut, nIn, kH, kW}, conv fans), every bias = biasInit. */
    @Override
    public void initialise(long seed) {
        Window w = spec.window();
        Fan fan = new Fan(spec.fanIn(inputShape), spec.fanOut());
        Initialisers.of(spec.weightInit()).fill(params, wOff, new int[]{nOut, inputShape.channels(), w.kernelH(), w.kernelW()},
                fan, new Rng(seed));
        if (bOff >= 0) Arrays.fill(params, bOff, bOff + nOut, spec.biasInit());
    }

    @Override
    public void ensureCapacity(int batch) {
        if (cols.length < batch * k * p) cols = new double[batch * k * p];
    }

    /** Per example: col = im2col(x), z = W·col, z[o][·] += b[o], then a = f(z). */
    @Override
    public void forward(double[] in, double[] out, int batch, boolean training) {
        int inSize = inputShape.size();
        int outSize = nOut * p;
        for (int b = 0; b < batch; b++) {
            int colOff = b * k * p;
            int zOff = b * outSize;
            im2col.im2col(in, b * inSize, cols, colOff);
            MatrixProducts.multiply(ar, params, wOff, nOut, k, cols, colOff, p, out, zOff, scratch);
            if (bOff >= 0) {
                for (int o = 0; o < nOut; o++) {
                    double bias = params[bOff + o];
                    int row = zOff + o * p;
                    for (int j = 0; j < p; j++) out[row + j] = ar.add(out[row + j], bias);
                }
            }
        }
        activation.forward(out, batch, outSize);
    }

    /** δ = g ⊙ f'(z), then the gradients of the class comment. */
    @Override
    public void backward(double[] in, double[] out, double[] dOut, double[] dIn, int batch) {
        int outSize = nOut * p;
        activation.backward(out, dOut, batch, outSize);
        Arrays.fill(grad, wOff, wOff + nOut * k, 0.0);
        if (bOff >= 0) Arrays.fill(grad, bOff, bOff + nOut, 0.0);
        for (int b = 0; b < batch; b++) {
            int dOff = b * outSize;
            int colOff = b * k * p;
            MatrixProducts.accumulateTransposedRight(ar, dOut, dOff, nOut, p, cols, colOff, k, grad, wOff);
            if (bOff >= 0) {
                for (int o = 0; o < nOut; o++) {
                    double s = 0;
                    int row = dOff + o * p;
                    for (int j = 0; j < p; j++) s = ar.add(s, dOut[row + j]);
                    grad[bOff + o] = ar.add(grad[bOff + o], s);
                }
            }
            if (dIn != null) {
                MatrixProducts.multiplyTransposedLeft(ar, params, wOff, nOut, k, dOut, dOff, p, colGrad, 0, scratch);
                im2col.col2im(ar, colGrad, 0, dIn, b * inputShape.size());
            }
        }
    }
}
