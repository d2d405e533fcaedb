package io.twinnet.experiments.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.twinnet.core.spec.LossFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskerUnitsTest {

    /** ∂ℓ/∂a of each loss against the half-sum's (a − t): LossMSE 2/K, LossL2 2, cross-entropy 1. */
    @ParameterizedTest(name = "{0} with {1} outputs: c = {2}")
    @CsvSource({"MSE, 10, 0.2", "MSE, 1, 2.0", "L2, 10, 2.0", "MCXENT, 10, 1.0"})
    void factorIsTheLossGradientOverTheHalfSumGradient(LossFunction loss, int outputs, double c) {
        AskerUnits u = new AskerUnits(loss, outputs);
        assertEquals(c, u.factor(), 1e-15);
        assertEquals(c * 0.01, u.halfSumRate(0.01), 1e-15);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MSE|lr 0.01 (= 0.002 for a hand-written net that back-propagates (a − t))",
            "MCXENT|lr 0.01"})
    void descriptionGivesBothRatesOnlyWhenTheyDiffer(LossFunction loss, String text) {
        assertEquals(text, new AskerUnits(loss, 10).describe(0.01));
    }
}
