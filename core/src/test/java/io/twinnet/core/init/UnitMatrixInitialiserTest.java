package io.twinnet.core.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.Window;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.json.SpecJson;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UnitMatrixInitialiserTest {
    private static final WeightInit UNIT_MATRIX = WeightInit.of(InitScheme.UNIT_MATRIX);

    @Test
    void everyKernelOfEveryChannelPairIsTheIdentityMatrix() {
        // 2 output channels x 3 input channels x 3x3: six kernels, each [[1,0,0],[0,1,0],[0,0,1]]
        double[] k = Initialisers.draw(UNIT_MATRIX, 27, 18, new int[] {2, 3, 3, 3}, 7);
        double[] eye = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        for (int kernel = 0; kernel < 6; kernel++) {
            assertArrayEquals(eye, Arrays.copyOfRange(k, 9 * kernel, 9 * kernel + 9), "kernel " + kernel);
        }
    }

    @Test
    void itIsNotTheCentreDeltaOfTheIdentityScheme() {
        double[] unit = Initialisers.draw(UNIT_MATRIX, 25, 25, new int[] {1, 1, 5, 5}, 0);
        double[] delta = Initialisers.draw(WeightInit.of(InitScheme.IDENTITY), 25, 25, new int[] {1, 1, 5, 5}, 0);
        assertEquals(5.0, Arrays.stream(unit).sum());
        assertEquals(1.0, Arrays.stream(delta).sum());
        assertEquals(1.0, unit[0]);  // (0, 0): on the diagonal, off the centre
        assertEquals(0.0, delta[0]);
    }

    @Test
    void aRectangularSliceHasOnesOnItsLeadingDiagonalOnly() {
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0}, Initialisers.draw(UNIT_MATRIX, 2, 3, new int[] {2, 3}, 0));
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 0}, Initialisers.draw(UNIT_MATRIX, 3, 2, new int[] {3, 2}, 0));
    }

    @Test
    void theSeedDoesNotMatterAndTheRestOfTheTargetIsUntouched() {
        assertArrayEquals(Initialisers.draw(UNIT_MATRIX, 9, 9, new int[] {1, 1, 3, 3}, 1),
                Initialisers.draw(UNIT_MATRIX, 9, 9, new int[] {1, 1, 3, 3}, 99));
        double[] target = {7, 7, 7, 7, 7, 7};
        UnitMatrixInitialiser.INSTANCE.fill(target, 1, new int[] {2, 2}, new Fan(2, 2), new Rng(0));
        assertArrayEquals(new double[] {7, 1, 0, 0, 1, 7}, target);
    }

    @Test
    void aVectorHasNoUnitMatrix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Initialisers.draw(UNIT_MATRIX, 1, 1, new int[] {4}, 0));
        assertTrue(e.getMessage().startsWith("shape:"), e.getMessage());
    }

    @Test
    void theSchemeIsNamedUnitMatrixInSpecs() {
        assertEquals(InitScheme.UNIT_MATRIX, InitScheme.parse("unit-matrix", "weightInit"));
        assertEquals("unit_matrix", InitScheme.UNIT_MATRIX.jsonName());
        assertTrue(!InitScheme.UNIT_MATRIX.dependsOnFan());
        NetworkSpec spec = NetworkSpec.builder(Shape.image(1, 6, 6)).seed(1).conv(2, Window.square(3, 1, 0), Activation.SIGMOID, UNIT_MATRIX)
                .output(3, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.zero()).build();
        String json = SpecJson.toJson(spec);
        assertTrue(json.contains("\"unit_matrix\""), json);
        assertEquals(spec, SpecJson.fromJson(json));
    }
}
