package io.twinnet.experiments.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.data.Dataset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExamplePoolTest {

    @Test
    void denseRandomInputsHaveNoZeroAndOneHotLabels() {
        Dataset d = ExamplePool.denseRandom(50, 7, 3, 1);
        for (double v : d.features()) assertTrue(v >= 0.001 && v < 1.0, "feature " + v);
        for (int e = 0; e < d.size(); e++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) sum += d.labels()[e * 3 + k];
            assertEquals(1.0, sum);
        }
        assertEquals(1.0, ExamplePool.nonZeroFraction(d));
    }

    @Test
    void sampleDrawsDistinctExamplesReproducibly() {
        int n = 40;
        double[] f = new double[n];
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = i; // the feature names the example
            l[i] = 1;
        }
        Dataset source = Dataset.of("ids", f, l, 1, 1);
        Dataset a = ExamplePool.sample(source, 10, 7);
        Dataset b = ExamplePool.sample(source, 10, 7);
        assertEquals(a, b);
        Set<Double> ids = new HashSet<>();
        for (double v : a.features()) ids.add(v);
        assertEquals(10, ids.size());
        assertNotEquals(a, ExamplePool.sample(source, 10, 8));
    }

    @Test
    void nonZeroFractionCountsExactZerosOnly() {
        Dataset d = Dataset.of("z", new double[]{0, 1e-300, 0, 2}, new double[]{1, 1}, 2, 1);
        assertEquals(0.5, ExamplePool.nonZeroFraction(d));
    }
}
