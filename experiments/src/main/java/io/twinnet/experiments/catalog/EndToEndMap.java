package io.twinnet.experiments.catalog;

import io.twinnet.core.train.TrainableNetwork;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The matrix a bias-free linear network computes, read through the network's own forward pass: fed the n unit
 * vectors e_i of its input space as one batch, output row i is f(e_i) = W_L⋯W_1·e_i, column i of the end-to-end
 * map. So each implementation multiplies its own matrices (DL4J with its BLAS), and the result's singular values
 * come from commons-math3's {@link SingularValueDecomposition}.
 */
final class EndToEndMap {
    private EndToEndMap() {
    }

    /** The n unit vectors of R^n, row-major, as a batch of n inputs. */
    static double[] unitInputs(int n) {
        double[] x = new double[n * n];
        for (int i = 0; i < n; i++) x[i * n + i] = 1;
        return x;
    }

    /** The end-to-end map m[o][i] of a bias-free linear {@code net} with n inputs and k outputs. */
    static double[][] of(TrainableNetwork net, int n, int k) {
        double[] out = net.output(unitInputs(n), n);
        double[][] m = new double[k][n];
        for (int i = 0; i < n; i++) {
            for (int o = 0; o < k; o++) m[o][i] = out[i * k + o];
        }
        return m;
    }

    /** The singular values of {@code m}, largest first. */
    static double[] singularValues(double[][] m) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(m, false)).getSingularValues();
    }
}
