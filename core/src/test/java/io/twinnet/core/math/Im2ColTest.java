package io.twinnet.core.math;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Im2ColTest {

    @Test
    void columnEntriesAreTheInputUnderEachKernelTapWithZerosInThePadding() {
        // 1 channel, 3x3 input 1..9, kernel 2x2, stride 2, padding 1: output 2x2, K = 4, P = 4
        Im2Col g = new Im2Col(1, 3, 3, 2, 2, 2, 2, 1, 1);
        double[] in = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] col = new double[g.rows() * g.columns()];
        g.im2col(in, 0, col, 0);
        // windows (rows -1..0 / 1..2, cols -1..0 / 1..2); tap (ky, kx) is row ky*2+kx
        double[][] expected = {
                {0, 0, 0, 5},   // tap (0,0): positions (-1,-1), (-1,1), (1,-1), (1,1)
                {0, 0, 4, 6},   // tap (0,1): (-1,0), (-1,2), (1,0), (1,2)
                {0, 2, 0, 8},   // tap (1,0): (0,-1), (0,1), (2,-1), (2,1)
                {1, 3, 7, 9}};  // tap (1,1): (0,0), (0,2), (2,0), (2,2)
        for (int k = 0; k < 4; k++) {
            for (int p = 0; p < 4; p++) assertEquals(expected[k][p], col[k * 4 + p], "col[" + k + "][" + p + "]");
        }
    }

    @Test
    void col2imIsTheAdjointOfIm2col() {
        Im2Col g = new Im2Col(2, 5, 6, 3, 2, 2, 1, 1, 1);
        SplittableRandom r = new SplittableRandom(3);
        double[] x = new double[2 * 5 * 6];
        double[] c = new double[g.rows() * g.columns()];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble(-1, 1);
        for (int i = 0; i < c.length; i++) c[i] = r.nextDouble(-1, 1);
        double[] colOfX = new double[c.length];
        g.im2col(x, 0, colOfX, 0);
        double[] imOfC = new double[x.length];
        g.col2im(Arithmetic.DOUBLE, c, 0, imOfC, 0);
        double lhs = 0, rhs = 0;
        for (int i = 0; i < c.length; i++) lhs += colOfX[i] * c[i];
        for (int i = 0; i < x.length; i++) rhs += x[i] * imOfC[i];
        assertEquals(lhs, rhs, 1e-12);
    }
}
