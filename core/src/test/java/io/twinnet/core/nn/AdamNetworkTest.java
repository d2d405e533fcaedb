package io.twinnet.core.nn;

import io.twinnet.core.math.Arithmetic;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.Updater;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.train.Adam;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A network trained by Adam is the textbook loop: the whole gradient from {@code computeGradient}, then Adam on every
 * parameter. The inputs have exact zeros, so some weight rows get no gradient in a step (the routes skip them for SGD)
 * and must still move by their momentum; bit for bit, at minibatch 1 and 8, in double and float.
 */
class AdamNetworkTest {

    @ParameterizedTest
    @CsvSource({"1, DOUBLE", "8, DOUBLE", "1, FLOAT", "8, FLOAT", "20, DOUBLE"})
    void fitEqualsAdamOnTheFullGradientEvenForRowsWithoutOne(int batch, Precision precision) {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(5)).seed(7).learningRate(0.01).precision(precision).updater(Updater.adam())
                .dense(6, Activation.RELU, WeightInit.relu())
                .dense(4, Activation.RELU, WeightInit.relu())
                .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .build();
        Arithmetic ar = precision == Precision.FLOAT ? Arithmetic.FLOAT : Arithmetic.DOUBLE;
        Network trained = Network.initialise(spec);
        Network reference = Network.withParameters(spec, trained.parameters());
        Adam adam = new Adam((Updater.Adam) spec.updater(), ar, trained.parameters().length);
        int trainable = 0;
        for (ParameterBlock b : trained.layout().blocks()) if (b.trainable()) trainable += b.length();
        double[] x = new double[batch * 5];
        double[] y = new double[batch * 3];
        for (int step = 0; step < 30; step++) {
            for (int k = 0; k < x.length; k++) x[k] = (k + step) % 3 == 0 ? 0.0 : Math.sin(k * 1.3 + step);
            for (int b = 0; b < batch; b++) y[b * 3 + (b + step) % 3] = 1.0;
            trained.fit(x, y, batch);
            reference.computeGradient(x, y, batch);
            double[] g = reference.gradient();
            double lr = ar.round(spec.learningRate().valueAt(step));
            adam.beginStep(step);
            adam.step(reference.parameters(), g, 0, trainable, lr, batch);
            java.util.Arrays.fill(y, 0.0);
        }
        double[] a = trained.parameters();
        double[] b = reference.parameters();
        for (int k = 0; k < a.length; k++) assertEquals(Double.doubleToLongBits(b[k]), Double.doubleToLongBits(a[k]), "parameter " + k);
        Network copy = trained.copy();
        trained.fit(x, y, batch);
        copy.fit(x, y, batch);
        assertTrue(java.util.Arrays.equals(trained.parameters(), copy.parameters()), "a copy carries Adam's moments");
    }
}
