package io.twinnet.core.math;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The switch between the kernels' SIMD forms and their plain loops. The build runs the kernel tests twice, with
 * the incubator module and without it, and says which form each run must have taken
 * ({@code twinnet.test.expectSimd}), so that neither form goes untested by accident.
 */
class SimdTest {

    @Test
    void theBuildRunsTheKernelTestsInTheFormItExpects() {
        String expected = System.getProperty("twinnet.test.expectSimd");
        assertTrue(expected != null, "twinnet.test.expectSimd is not set: run the tests through Maven (core/pom.xml)");
        assertEquals(Boolean.parseBoolean(expected), Simd.enabled(), "SIMD on, in a JVM " + (Simd.enabled() ? "with" : "without") + " the module");
        assertEquals(Simd.enabled() ? "SIMD, " + VectorLoops.doubleLanes() + " double lanes" : "plain loops", Simd.describe());
    }

    @Test
    void offSelectsThePlainLoopsWhateverModulesThereAre() {
        assertFalse(Simd.decide("off"));
        assertEquals(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), Simd.decide("on"));
    }

    @Test
    void anUnknownSettingIsRejectedNamingTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simd.decide("fast"));
        assertEquals("system property twinnet.simd: expected on or off, got 'fast'", e.getMessage());
    }
}
