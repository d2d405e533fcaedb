package io.twinnet.dl4j.parity;

import io.twinnet.core.spec.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DL4J in float32 against the core in double, over every default case for 100 steps: the growth of the gap
 * is printed (steps 1, 10, 100); the test holds the forward pass to 1e-5 and the first ten steps to 1e-4
 * (DESIGN.md: "float32 to 1e-4 relative over the first steps").
 *
 * <p>A few cases ({@link #FLOAT_NOISE_CASES}, each with its reason) are held to the forward bound only (outputs
 * and activations), for reasons of float32 itself; their other numbers are printed like everyone's.
 */
class FloatParityTest {
    static final double FORWARD_TOLERANCE = 1e-5;
    static final double EARLY_TOLERANCE = 1e-4;
    static final int STEPS = 100;

    /**
     * Cases where a parameter block is mathematically zero, or where float cannot resolve the quantity, so the
     * block's relative difference compares rounding noise with rounding noise.
     */
    static final Map<String, String> FLOAT_NOISE_CASES = Map.of(
            "init/ones", "constant weights make every hidden delta Σ_k (p_k − t_k)·w = 0: hidden gradients and biases are"
                    + " float rounding noise (about 1e-8) in DL4J and 1e-17 in the core",
            "init/constant-0.5", "as init/ones",
            "xent-clipped/sigmoid-bias15", "a sigmoid output of 1 − 3e-7 is within a few float ulps of 1, so σ′ = a(1 − a)"
                    + " carries a relative error of about 20 % in float, and the clipped 1 − ã = 1e-5 one of 6e-3 (ln(1e-5)"
                    + " off by 6e-3 in a loss of 23)");

    private static ParityReport report;

    @BeforeAll
    static void runEveryDefaultCaseInFloat() {
        report = ParityEngine.runAll(ParityCases.defaults(), ParityOptions.of(Precision.FLOAT, STEPS), null);
        ParityTables.print(report);
        FLOAT_NOISE_CASES.forEach((name, why) -> System.out.println("held to the forward bound only: " + name + ": " + why));
    }

    @Test
    void forwardPassesAgreeTo1e5InFloat() {
        for (ParityResult r : report.results()) {
            assertEquals("float", r.precision());
            assertTrue(r.outputRelDiff() <= FORWARD_TOLERANCE, r.caseName() + " output " + r.outputRelDiff());
            assertTrue(r.activationRelDiff() <= FORWARD_TOLERANCE, r.caseName() + " activations " + r.activationRelDiff());
        }
    }

    @Test
    void scoresLossesGradientsAndParametersAgreeTo1e4OverTheFirstTenSteps() {
        for (ParityResult r : report.results()) {
            if (FLOAT_NOISE_CASES.containsKey(r.caseName())) continue;
            StepDifference at10 = r.growth().stream().filter(g -> g.step() == 10).findFirst().orElseThrow();
            assertTrue(r.scoreRelDiff() <= EARLY_TOLERANCE, r.caseName() + " score " + r.scoreRelDiff());
            assertTrue(at10.maxLossRelDiff() <= EARLY_TOLERANCE, r.caseName() + " loss " + at10.maxLossRelDiff());
            assertTrue(r.gradientRelDiff() <= EARLY_TOLERANCE, r.caseName() + " gradient " + r.gradientRelDiff());
            assertTrue(at10.maxParameterRelDiff() <= EARLY_TOLERANCE, r.caseName() + " parameters " + at10.maxParameterRelDiff());
        }
    }

    @Test
    void floatDiffersFromDoubleByFloatRoundingNotLess() {
        // the shared parameters are rounded to float when loaded, so no case can agree better than float's
        // relative resolution allows once the parameters are compared: evidence that DL4J really computed in float
        for (ParityResult r : report.results()) {
            if (r.caseName().equals("init/zero")) continue;
            assertTrue(r.parameterRelDiffMax() > 1e-9, r.caseName() + " agrees to " + r.parameterRelDiffMax() + " in float");
        }
    }
}
