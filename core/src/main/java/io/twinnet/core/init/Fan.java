package io.twinnet.core.init;

/**
 * The fan-in and fan-out an initialiser scales by. For a dense layer fanIn = nIn and fanOut = nOut;
 * for a convolution fanIn = nIn·kH·kW and fanOut = nOut·kH·kW/(sH·sW), which need not be an
 * integer (DL4J {@code ConvolutionParamInitializer}), hence doubles.
 */
public record Fan(double fanIn, double fanOut) {
    public Fan {
        if (!(fanIn > 0) || !Double.isFinite(fanIn)) throw new IllegalArgumentException("fanIn: must be positive, got " + fanIn);
        if (!(fanOut > 0) || !Double.isFinite(fanOut)) throw new IllegalArgumentException("fanOut: must be positive, got " + fanOut);
    }

    /** The fans of a dense nIn × nOut weight matrix. */
    public static Fan dense(int nIn, int nOut) {
        return new Fan(nIn, nOut);
    }
}
