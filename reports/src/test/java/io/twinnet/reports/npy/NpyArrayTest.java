package io.twinnet.reports.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NpyArrayTest {

    @Test
    void elementsAreInCOrderLastIndexFastest() {
        NpyArray a = NpyArray.ofDoubles(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 2, 3, 2);
        assertEquals(0, a.get(0, 0, 0));
        assertEquals(1, a.get(0, 0, 1));
        assertEquals(2, a.get(0, 1, 0));
        assertEquals(6, a.get(1, 0, 0));
        assertEquals(11, a.get(1, 2, 1));
        assertEquals(12, a.size());
        assertEquals(3, a.rank());
    }

    @Test
    void shapeMustMatchTheDataLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NpyArray.ofDoubles(new double[5], 2, 3));
        assertEquals("shape (2, 3) needs 6 elements but 5 were given", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NpyArray.ofInts(new int[0], -1));
        assertThrows(IllegalArgumentException.class, () -> NpyArray.matrix(new double[][] {{1, 2}, {3}}));
        assertThrows(IndexOutOfBoundsException.class, () -> NpyArray.doubleVector(1, 2).get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> NpyArray.doubleVector(1, 2).get(0, 0));
    }

    @Test
    void arraysGoingInAndOutAreCopies() {
        double[] data = {1, 2};
        int[] shape = {2};
        NpyArray a = NpyArray.ofDoubles(data, shape);
        data[0] = 99;
        shape[0] = 7;
        a.toDoubleArray()[1] = 99;
        a.shape()[0] = 5;
        assertArrayEquals(new double[] {1, 2}, a.toDoubleArray());
        assertArrayEquals(new int[] {2}, a.shape());
    }

    @Test
    void intArraysConvertToDoublesButNotTheOtherWay() {
        assertArrayEquals(new double[] {-3, 4}, NpyArray.intVector(-3, 4).toDoubleArray());
        assertThrows(IllegalStateException.class, () -> NpyArray.doubleVector(1).toIntArray());
        assertNotEquals(NpyArray.intVector(1), NpyArray.doubleVector(1));
        assertEquals(NpyArray.doubleVector(Double.NaN), NpyArray.doubleVector(Double.NaN));
    }
}
