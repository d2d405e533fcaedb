package io.twinnet.dl4j.parity;

import io.twinnet.core.spec.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The float32 core against DL4J FLOAT (OpenBLAS sgemm), over every default case for 200 steps, both sides
 * computing in float from the same float parameters: the growth of the gap is printed (steps 1, 10, 100,
 * 200); the test holds the forward pass to 1e-5 and losses, the first gradient and the parameters over all
 * 200 steps to 1e-4. The two sides sum in different orders (the core's order is fixed by its kernels, sgemm's
 * by its blocking and fused multiply-adds), so the gap is float rounding, not a bit-for-bit match; measured
 * on this machine (95 cases) the forward passes agree to 2e-6, the losses to 4.3e-5 and the parameters to 9e-6
 * or better over 200 steps (the noise cases below excepted). σ saturating in float is matched too: the
 * xent-clipped case, a sigmoid output within a few ulps of 1, agrees to 2.4e-7 because the core evaluates
 * 1/(1 + e^−z) operation by operation in float, as ND4J does.
 *
 * <p>The core runs the routes {@code Network.fit} picks (the one-example rank-one step at minibatch 1,
 * the sparse kernels otherwise: the default cases' batches are below {@code TRANSPOSED_MIN_BATCH}); all
 * routes sum in the same order and are bit-identical ({@code Float32NetworkTest}).
 *
 * <p>A few cases ({@link #FLOAT_NOISE_CASES}, each with its reason) are held to the forward bound only (outputs
 * and activations), for reasons of float32 itself; their other numbers are printed like everyone's.
 */
class FloatParityTest {
    static final double FORWARD_TOLERANCE = 1e-5;
    static final double TRAJECTORY_TOLERANCE = 1e-4;
    static final int STEPS = 200;

    /**
     * Cases where a parameter block is mathematically zero, or where float cannot resolve the quantity, so the
     * block's relative difference compares rounding noise with rounding noise.
     */
    static final Map<String, String> FLOAT_NOISE_CASES = Map.of(
            "init/ones", "constant weights make every hidden delta Σ_k (p_k − t_k)·w = 0: hidden gradients and biases are"
                    + " float rounding noise on both sides, summed in different orders",
            "init/constant-0.5", "as init/ones",
            "cnn/seed003-ones-kernels", "as init/ones: all-ones kernels make every channel identical, so the kernel"
                    + " gradients' differences are rounding noise of sums taken in different orders (1.7e-4 at step 200)");

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
    void scoresLossesGradientsAndParametersAgreeTo1e4OverTwoHundredSteps() {
        for (ParityResult r : report.results()) {
            if (FLOAT_NOISE_CASES.containsKey(r.caseName())) continue;
            assertEquals(STEPS, r.steps(), r.caseName() + " stopped early");
            assertTrue(r.scoreRelDiff() <= TRAJECTORY_TOLERANCE, r.caseName() + " score " + r.scoreRelDiff());
            assertTrue(r.gradientRelDiff() <= TRAJECTORY_TOLERANCE, r.caseName() + " gradient " + r.gradientRelDiff());
            assertTrue(r.lossRelDiffMax() <= TRAJECTORY_TOLERANCE, r.caseName() + " loss " + r.lossRelDiffMax());
            assertTrue(r.parameterRelDiffMax() <= TRAJECTORY_TOLERANCE, r.caseName() + " parameters " + r.parameterRelDiffMax());
        }
    }

    @Test
    void theNoiseCasesStillTrainAlikeInTheLoss() {
        // their parameter blocks compare noise with noise, but the loss both sides see is a sum of real terms
        for (ParityResult r : report.results()) {
            if (!FLOAT_NOISE_CASES.containsKey(r.caseName())) continue;
            assertTrue(r.lossRelDiffMax() <= TRAJECTORY_TOLERANCE, r.caseName() + " loss " + r.lossRelDiffMax());
        }
    }
}
