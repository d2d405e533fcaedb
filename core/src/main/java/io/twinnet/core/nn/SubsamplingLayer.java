package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.PoolingType;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SubsamplingLayerSpec;
import io.twinnet.core.spec.Window;

import java.util.Arrays;

/**
 * Max or average pooling, channel by channel (DL4J {@code SubsamplingLayer}, {@code ConvolutionMode.Truncate},
 * NCHW). No parameters.
 *
 * <p>The window of output (y, x) covers the input rows y·sH − pH … y·sH − pH + kH − 1 and the columns
 * likewise; only the positions inside the image, the set R(y, x), take part, so padding never wins a max
 * and never counts in an average (DL4J 1.0.0-M2.1's default, {@code avgPoolIncludePadInDivisor = false},
 * measured: a 3 × 3 input with kernel 2, stride 2, padding 1 gives the corner value itself, not a quarter
 * of it).
 * <pre>
 *   max:  a[c][y][x] = max_{(i, j) ∈ R(y, x)} in[c][i][j]          ∂L/∂in[c][i*][j*] += g[c][y][x] at the arg-max
 *   avg:  a[c][y][x] = (1/|R(y, x)|) Σ_{(i, j) ∈ R(y, x)} in[c][i][j]   ∂L/∂in[c][i][j] += g[c][y][x]/|R(y, x)| for every (i, j) ∈ R(y, x)
 * </pre>
 * Windows may overlap (stride &lt; kernel), so input gradients are accumulated. For a tie in a max the
 * first position in row-major window order wins; ties are measure-zero for real-valued inputs, but the
 * gradient is not defined there, so tests avoid them.
 */
public final class SubsamplingLayer extends ParameterFreeLayer {
    private final Arithmetic ar;
    private final PoolingType pooling;
    private final Window window;
    /** For max pooling: the input index (within the example) of each output's arg-max, batch × outSize. */
    private int[] argMax = new int[0];

    SubsamplingLayer(Arithmetic ar, int index, Shape input, SubsamplingLayerSpec spec) {
        super(index, input, spec.outputShape(input, "layers[" + index + "]"));
        this.ar = ar;
        this.pooling = spec.pooling();
        this.window = spec.window();
    }

    @Override
    public void ensureCapacity(int batch) {
        if (pooling == PoolingType.MAX && argMax.length < batch * outputShape().size()) argMax = new int[batch * outputShape().size()];
    }

    @Override
    public void forward(double[] in, double[] out, int batch, boolean training) {
        int h = inputShape().height(), w = inputShape().width();
        int oh = outputShape().height(), ow = outputShape().width();
        int channels = inputShape().channels();
        for (int b = 0; b < batch; b++) {
            for (int c = 0; c < channels; c++) {
                int plane = b * inputShape().size() + c * h * w;
                int outPlane = b * outputShape().size() + c * oh * ow;
                for (int y = 0; y < oh; y++) {
                    int y0 = Math.max(0, y * window.strideH() - window.padH());
                    int y1 = Math.min(h, y * window.strideH() - window.padH() + window.kernelH());
                    for (int x = 0; x < ow; x++) {
                        int x0 = Math.max(0, x * window.strideW() - window.padW());
                        int x1 = Math.min(w, x * window.strideW() - window.padW() + window.kernelW());
                        int o = outPlane + y * ow + x;
                        if (pooling == PoolingType.MAX) {
                            int best = plane + y0 * w + x0;
                            for (int i = y0; i < y1; i++) {
                                for (int j = x0; j < x1; j++) {
                                    if (in[plane + i * w + j] > in[best]) best = plane + i * w + j;
                                }
                            }
                            out[o] = in[best];
                            argMax[o] = best - b * inputShape().size();
                        } else {
                            double s = 0;
                            for (int i = y0; i < y1; i++) {
                                for (int j = x0; j < x1; j++) s = ar.add(s, in[plane + i * w + j]);
                            }
                            out[o] = ar.round(s / ((y1 - y0) * (x1 - x0)));
                        }
                    }
                }
            }
        }
    }

    @Override
    public void backward(double[] in, double[] out, double[] dOut, double[] dIn, int batch) {
        if (dIn == null) return;
        int inSize = inputShape().size();
        int outSize = outputShape().size();
        Arrays.fill(dIn, 0, batch * inSize, 0.0);
        if (pooling == PoolingType.MAX) {
            for (int b = 0; b < batch; b++) {
                for (int o = 0; o < outSize; o++) {
                    int at = b * inSize + argMax[b * outSize + o];
                    dIn[at] = ar.add(dIn[at], dOut[b * outSize + o]);
                }
            }
            return;
        }
        int h = inputShape().height(), w = inputShape().width();
        int oh = outputShape().height(), ow = outputShape().width();
        for (int b = 0; b < batch; b++) {
            for (int c = 0; c < inputShape().channels(); c++) {
                int plane = b * inSize + c * h * w;
                int outPlane = b * outSize + c * oh * ow;
                for (int y = 0; y < oh; y++) {
                    int y0 = Math.max(0, y * window.strideH() - window.padH());
                    int y1 = Math.min(h, y * window.strideH() - window.padH() + window.kernelH());
                    for (int x = 0; x < ow; x++) {
                        int x0 = Math.max(0, x * window.strideW() - window.padW());
                        int x1 = Math.min(w, x * window.strideW() - window.padW() + window.kernelW());
                        double share = ar.round(dOut[outPlane + y * ow + x] / ((y1 - y0) * (x1 - x0)));
                        for (int i = y0; i < y1; i++) {
                            for (int j = x0; j < x1; j++) dIn[plane + i * w + j] = ar.add(dIn[plane + i * w + j], share);
                        }
                    }
                }
            }
        }
    }
}
