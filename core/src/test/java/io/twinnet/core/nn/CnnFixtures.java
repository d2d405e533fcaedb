package io.twinnet.core.nn;

import io.twinnet.core.gradcheck.GradientCheckResult;
import io.twinnet.core.gradcheck.GradientChecker;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.LearningRateSchedule;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared inputs and the gradient-check routine of the convolution, pooling and batch-norm tests. */
final class CnnFixtures {
    static final double TOLERANCE = 1e-6;

    private CnnFixtures() {
    }

    static NetworkSpec spec(Shape input, List<LayerSpec> layers, long seed) {
        return new NetworkSpec("cnn-test", input, layers, LearningRateSchedule.fixed(0.1), seed, Precision.DOUBLE);
    }

    /** batch × size values, uniform in [-1, 1). */
    static double[] uniform(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = r.nextDouble(-1, 1);
        return x;
    }

    /** One-hot labels for {@code batch} examples of {@code classes} classes. */
    static double[] oneHot(int batch, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] t = new double[batch * classes];
        for (int b = 0; b < batch; b++) t[b * classes + r.nextInt(classes)] = 1;
        return t;
    }

    /** Checks every trainable parameter's gradient against the fourth-order stencil at relative 1e-6. */
    static GradientCheckResult assertGradientMatches(Network net, double[] x, double[] t, int batch) {
        GradientCheckResult r = GradientChecker.defaults().check(net, x, t, batch);
        System.out.println("gradient check " + net.spec().layers().stream().map(l -> l.type()).toList() + ": " + r);
        int trainable = 0;
        for (ParameterBlock b : net.layout().blocks()) if (b.trainable()) trainable += b.length();
        assertEquals(trainable, r.checked());
        assertTrue(r.passes(TOLERANCE), r::toString);
        return r;
    }

    /**
     * The smallest gap, over all max-pooling windows of the input {@code in} (one layer's activations), between
     * the largest value and the runner-up: how far the max is from a tie.
     */
    static double smallestMaxGap(double[] in, int batch, Shape shape, io.twinnet.core.spec.Window w) {
        double gap = Double.POSITIVE_INFINITY;
        int h = shape.height(), wd = shape.width();
        int oh = w.outH(h, "h"), ow = w.outW(wd, "w");
        for (int b = 0; b < batch; b++) {
            for (int c = 0; c < shape.channels(); c++) {
                int plane = b * shape.size() + c * h * wd;
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        double first = Double.NEGATIVE_INFINITY, second = Double.NEGATIVE_INFINITY;
                        for (int i = y * w.strideH() - w.padH(); i < y * w.strideH() - w.padH() + w.kernelH(); i++) {
                            for (int j = x * w.strideW() - w.padW(); j < x * w.strideW() - w.padW() + w.kernelW(); j++) {
                                if (i < 0 || j < 0 || i >= h || j >= wd) continue;
                                double v = in[plane + i * wd + j];
                                if (v > first) {
                                    second = first;
                                    first = v;
                                } else if (v > second) {
                                    second = v;
                                }
                            }
                        }
                        if (second != Double.NEGATIVE_INFINITY) gap = Math.min(gap, first - second);
                    }
                }
            }
        }
        return gap;
    }
}
