package io.twinnet.core.math;

/**
 * The one numeric seam between the double and the float32 core: every layer, loss, activation and kernel
 * is written once, in double, and routes each stored result through {@link #round} and each accumulation
 * through {@link #add} / {@link #mulAdd}. In {@link #DOUBLE} these are the plain operations. In
 * {@link #FLOAT} every value the network keeps (parameters, activations, gradients, the running value of a
 * sum) is a float32 number held in a double, and
 * <ul>
 *   <li>a single +, −, ×, ÷ or √ of two floats, computed in double and rounded to float, is exactly IEEE
 *       float's result: double has 53 ≥ 2·24 + 2 significand bits, so rounding twice is innocuous
 *       (Figueroa, "When is double rounding innocuous?", SIGNUM 1995). {@link #mulAdd} therefore rounds the
 *       product before the sum, as a float multiply followed by a float add (no fused multiply-add);</li>
 *   <li>a sum is accumulated term by term in float ({@link #add} after every term), never in double and
 *       rounded once at the end;</li>
 *   <li>a compound expression is rounded after every operation, as float code evaluates it: σ(z) =
 *       1/(1 + e^−z) is exactly 1 from z ≈ 16.6 on in float, because 1 + e^−z rounds to 1 once e^−z is below
 *       half an ulp of 1 (2^−24), although the exact σ(17) is a float below 1;</li>
 *   <li>an elementary function (e^x, tanh, ln, √) is evaluated in double and rounded once, which is what a
 *       correctly rounded float library returns; ND4J's float library may differ by an ulp, which is part of
 *       the float parity tolerance.</li>
 * </ul>
 * Methods are final and branch on a constant of the receiver, so HotSpot inlines them and, inside a
 * kernel's loop, the test is loop-invariant. Writing FLOAT's operations in Java float arithmetic instead gives
 * the same bits; it pays only where the running values stay in float registers over many terms
 * ({@code Kernels.accumulate}'s float loop, about 1.6× faster at minibatch 128). In an elementwise loop
 * every value converts from and back to double and the float form measured 2.5× slower (the SGD step).
 */
public enum Arithmetic {
    /** IEEE binary64: every operation as written. */
    DOUBLE,
    /** IEEE binary32, held in doubles: every stored value and every partial sum rounded to float. */
    FLOAT;

    /** x rounded to this precision (the identity in DOUBLE). */
    public final double round(double x) {
        return this == FLOAT ? (double) (float) x : x;
    }

    /** a + b in this precision (a and b already in it). */
    public final double add(double a, double b) {
        return this == FLOAT ? (double) (float) (a + b) : a + b;
    }

    /** a·b in this precision (a and b already in it). */
    public final double mul(double a, double b) {
        return this == FLOAT ? (double) (float) (a * b) : a * b;
    }

    /** s + c·x in this precision, the product rounded before the sum (c, x and s already in it). */
    public final double mulAdd(double s, double c, double x) {
        return this == FLOAT ? (double) (float) (s + (double) (float) (c * x)) : s + c * x;
    }

    /** Rounds a[from, to) in place (nothing to do in DOUBLE). */
    public final void round(double[] a, int from, int to) {
        if (this != FLOAT) return;
        for (int k = Simd.ENABLED ? VectorLoops.roundToFloat(a, from, to) : from; k < to; k++) a[k] = (float) a[k];
    }

    /** True when every value of a[from, to) is representable in this precision. */
    public final boolean holds(double[] a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (round(a[k]) != a[k] && !Double.isNaN(a[k])) return false;
        }
        return true;
    }
}
