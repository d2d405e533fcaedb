package io.twinnet.core.spec;

/**
 * The geometry of a convolution or pooling window: kernel, stride and zero padding per axis.
 * Output size per axis (DL4J {@code ConvolutionMode.Truncate}, its default):
 * out = ⌊(in + 2·pad − kernel)/stride⌋ + 1.
 */
public record Window(int kernelH, int kernelW, int strideH, int strideW, int padH, int padW) {

    public Window {
        SpecException.requirePositive(kernelH, "kernelH");
        SpecException.requirePositive(kernelW, "kernelW");
        SpecException.requirePositive(strideH, "strideH");
        SpecException.requirePositive(strideW, "strideW");
        SpecException.requireNonNegative(padH, "padH");
        SpecException.requireNonNegative(padW, "padW");
    }

    /** A square kernel with stride 1 and no padding. */
    public static Window square(int kernel) {
        return new Window(kernel, kernel, 1, 1, 0, 0);
    }

    /** A square kernel with the given square stride and padding. */
    public static Window square(int kernel, int stride, int pad) {
        return new Window(kernel, kernel, stride, stride, pad, pad);
    }

    /** Output height for input height {@code in}; throws naming {@code field} when the kernel does not fit. */
    public int outH(int in, String field) {
        return out(in, kernelH, strideH, padH, field + ".kernelH");
    }

    public int outW(int in, String field) {
        return out(in, kernelW, strideW, padW, field + ".kernelW");
    }

    private static int out(int in, int k, int s, int p, String field) {
        SpecException.require(in + 2 * p >= k, field, "kernel " + k + " is larger than the padded input " + (in + 2 * p));
        return (in + 2 * p - k) / s + 1;
    }
}
