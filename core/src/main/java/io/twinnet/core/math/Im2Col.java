package io.twinnet.core.math;

import java.util.Arrays;

/**
 * The im2col rearrangement that turns a 2-D convolution into a matrix product (Chellapilla, Puri &amp;
 * Simard 2006), and its adjoint col2im, for one example stored NCHW (channel, row, column; row-major).
 *
 * <p>For an input of C channels, H × W, a kernel kH × kW, strides (sH, sW) and zero padding (pH, pW), the
 * output is outH × outW with outH = ⌊(H + 2pH − kH)/sH⌋ + 1 (likewise outW; DL4J's
 * {@code ConvolutionMode.Truncate}). The column matrix has K = C·kH·kW rows and P = outH·outW columns:
 * <pre>
 *   col[(c·kH + ky)·kW + kx][y·outW + x] = in[c][y·sH + ky − pH][x·sW + kx − pW]   (0 outside the image)
 * </pre>
 * so that a convolution with weights W[o][c][ky][kx] (row-major, i.e. a matrix [nOut][K]) is
 * z[o][p] = b[o] + Σ_k W[o][k]·col[k][p].
 */
public final class Im2Col {
    private final int channels;
    private final int height;
    private final int width;
    private final int kernelH;
    private final int kernelW;
    private final int strideH;
    private final int strideW;
    private final int padH;
    private final int padW;
    private final int outH;
    private final int outW;

    public Im2Col(int channels, int height, int width, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW) {
        if (channels <= 0 || height <= 0 || width <= 0 || kernelH <= 0 || kernelW <= 0 || strideH <= 0 || strideW <= 0
                || padH < 0 || padW < 0) {
            throw new IllegalArgumentException("geometry: sizes, kernel and stride must be positive and padding >= 0");
        }
        if (height + 2 * padH < kernelH || width + 2 * padW < kernelW) {
            throw new IllegalArgumentException("kernel: " + kernelH + "x" + kernelW + " is larger than the padded input "
                    + (height + 2 * padH) + "x" + (width + 2 * padW));
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.kernelH = kernelH;
        this.kernelW = kernelW;
        this.strideH = strideH;
        this.strideW = strideW;
        this.padH = padH;
        this.padW = padW;
        this.outH = (height + 2 * padH - kernelH) / strideH + 1;
        this.outW = (width + 2 * padW - kernelW) / strideW + 1;
    }

    /** K = C·kH·kW, the rows of the column matrix. */
    public int rows() {
        return channels * kernelH * kernelW;
    }

    /** P = outH·outW, the columns of the column matrix. */
    public int columns() {
        return outH * outW;
    }

    public int outH() {
        return outH;
    }

    public int outW() {
        return outW;
    }

    /** Writes the K × P column matrix of the example at {@code in[inOff ...]} into {@code col[colOff ...]}. */
    public void im2col(double[] in, int inOff, double[] col, int colOff) {
        int p = outH * outW;
        int row = colOff;
        for (int c = 0; c < channels; c++) {
            int plane = inOff + c * height * width;
            for (int ky = 0; ky < kernelH; ky++) {
                for (int kx = 0; kx < kernelW; kx++, row += p) {
                    for (int y = 0; y < outH; y++) {
                        int iy = y * strideH + ky - padH;
                        int dst = row + y * outW;
                        if (iy < 0 || iy >= height) {
                            Arrays.fill(col, dst, dst + outW, 0.0);
                            continue;
                        }
                        int src = plane + iy * width;
                        for (int x = 0; x < outW; x++) {
                            int ix = x * strideW + kx - padW;
                            col[dst + x] = ix >= 0 && ix < width ? in[src + ix] : 0.0;
                        }
                    }
                }
            }
        }
    }

    /**
     * The adjoint of {@link #im2col}: overwrites the example at {@code in[inOff ...]} (C·H·W values) with
     * the sum, over every column-matrix entry that copied an input value, of that entry of {@code col}, in the
     * order of the column matrix and the precision of {@code ar}.
     */
    public void col2im(Arithmetic ar, double[] col, int colOff, double[] in, int inOff) {
        Arrays.fill(in, inOff, inOff + channels * height * width, 0.0);
        int p = outH * outW;
        int row = colOff;
        for (int c = 0; c < channels; c++) {
            int plane = inOff + c * height * width;
            for (int ky = 0; ky < kernelH; ky++) {
                for (int kx = 0; kx < kernelW; kx++, row += p) {
                    for (int y = 0; y < outH; y++) {
                        int iy = y * strideH + ky - padH;
                        if (iy < 0 || iy >= height) continue;
                        int src = row + y * outW;
                        int dst = plane + iy * width;
                        for (int x = 0; x < outW; x++) {
                            int ix = x * strideW + kx - padW;
                            if (ix >= 0 && ix < width) in[dst + ix] = ar.add(in[dst + ix], col[src + x]);
                        }
                    }
                }
            }
        }
    }
}
