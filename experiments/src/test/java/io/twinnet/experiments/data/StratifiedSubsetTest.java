package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StratifiedSubsetTest {

    /** 50 examples of class 0, 30 of class 1, 20 of class 2, interleaved. */
    private static int[] classes503020() {
        int[] c = new int[100];
        for (int i = 0; i < 100; i++) c[i] = i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2;
        return c;
    }

    @Test
    void proportionalQuotasThatAreWholeNumbersAreMetExactly() {
        StratifiedSubset s = StratifiedSubset.draw(classes503020(), 3, 10, 7L);
        assertEquals(10, s.size());
        assertEquals(5, s.countOfClass(0));
        assertEquals(3, s.countOfClass(1));
        assertEquals(2, s.countOfClass(2));
        int[] counts = new int[3];
        for (int i : s.indices()) counts[classes503020()[i]]++;
        assertArrayEquals(new int[] {5, 3, 2}, counts);
    }

    @Test
    void leftoverExamplesGoToTheLargestRemainders() {
        // size 7: quotas 3.5, 2.1, 1.4 -> floors 3, 2, 1 (6); the one left goes to class 0 (remainder .5)
        StratifiedSubset s = StratifiedSubset.draw(classes503020(), 3, 7, 1L);
        assertEquals(4, s.countOfClass(0));
        assertEquals(2, s.countOfClass(1));
        assertEquals(1, s.countOfClass(2));
    }

    @Test
    void indicesAreDistinctAscendingAndInRange() {
        int[] idx = StratifiedSubset.draw(classes503020(), 3, 40, 3L).indices();
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < idx.length; k++) {
            assertTrue(idx[k] >= 0 && idx[k] < 100);
            assertTrue(seen.add(idx[k]), "duplicate " + idx[k]);
            if (k > 0) assertTrue(idx[k - 1] < idx[k]);
        }
    }

    @Test
    void theSameSeedGivesTheSameSubsetAndAnotherSeedAnother() {
        int[] a = StratifiedSubset.draw(classes503020(), 3, 20, 42L).indices();
        int[] b = StratifiedSubset.draw(classes503020(), 3, 20, 42L).indices();
        int[] c = StratifiedSubset.draw(classes503020(), 3, 20, 43L).indices();
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void everyExampleOfAClassIsEquallyLikelyToBeChosen() {
        // class 2 has 20 members and gets 2 places: each member is chosen with probability 1/10.
        int[] classes = classes503020();
        int[] chosen = new int[100];
        int trials = 20_000;
        for (int seed = 0; seed < trials; seed++) {
            for (int i : StratifiedSubset.draw(classes, 3, 10, seed).indices()) chosen[i]++;
        }
        for (int i = 0; i < 100; i++) {
            if (classes[i] != 2) continue;
            double p = chosen[i] / (double) trials;
            // binomial standard error sqrt(.1 * .9 / 20000) = 0.0021; allow 5 of them
            assertEquals(0.1, p, 0.0106, "example " + i);
        }
    }

    @Test
    void perClassTakesTheSameNumberOfEveryClass() {
        Dataset d = XorDataset.generate(400, 5L);
        StratifiedSubset s = StratifiedSubset.perClass(d, 30, 9L);
        assertEquals(60, s.size());
        Dataset sub = s.applyTo(d);
        int ones = 0;
        for (int i = 0; i < sub.size(); i++) ones += sub.classOf(i);
        assertEquals(30, ones);
        assertArrayEquals(s.indices(), StratifiedSubset.indices(d, 30, 9L));
    }

    @Test
    void badSizesAreRefusedNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StratifiedSubset.draw(classes503020(), 3, 101, 1L));
        assertTrue(e.getMessage().startsWith("size:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StratifiedSubset.draw(new int[] {0, 3}, 3, 1, 1L));
        assertTrue(e.getMessage().startsWith("classes[1]:"), e.getMessage());
    }

    @Test
    void aQuickProfileSubsetOfMnistKeepsItsClassProportions() throws Exception {
        Dataset train = MnistCoreLoader.load(RealMnist.directory(), MnistSplit.TRAIN, false);
        StratifiedSubset s = StratifiedSubset.draw(train, 6_000, 2024L);
        int[] full = new int[10];
        for (int i = 0; i < train.size(); i++) full[train.classOf(i)]++;
        for (int k = 0; k < 10; k++) {
            // a tenth of each class, rounded one way or the other
            assertTrue(Math.abs(s.countOfClass(k) - full[k] / 10.0) < 1.0, "class " + k + ": " + s.countOfClass(k) + " of " + full[k]);
        }
    }
}
