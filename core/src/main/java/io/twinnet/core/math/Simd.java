package io.twinnet.core.math;

/**
 * The switch between the plain loops of the kernels and their SIMD forms in {@code VectorLoops}, written
 * with the {@code jdk.incubator.vector} API (JEP 414 in JDK 17). The SIMD forms are used when the JVM was
 * started with {@code --add-modules jdk.incubator.vector} (the {@code twinnet} launcher and the tests do)
 * and the system property {@value #PROPERTY} is not {@code off}; otherwise the plain loops run, and nothing
 * of the incubator module is loaded. Both forms compute every sum in the same order with the same
 * operations (no fused multiply-add), so they give the same bits; the SIMD form only does eight terms per
 * instruction where HotSpot C2's own vectoriser does not (it leaves loops over two differently offset
 * parts of arrays scalar, and most of the kernels' loops are of that kind).
 */
public final class Simd {
    /** System property: {@code on} (the default: SIMD when the module is there) or {@code off} (plain loops). */
    public static final String PROPERTY = "twinnet.simd";

    /** Whether the kernels take their SIMD forms in this JVM. */
    static final boolean ENABLED = decide(System.getProperty(PROPERTY, "on"));

    private Simd() {
    }

    static boolean decide(String setting) {
        return switch (setting) {
            case "off" -> false;
            case "on" -> ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
            default -> throw new IllegalArgumentException("system property " + PROPERTY + ": expected on or off, got '" + setting + "'");
        };
    }

    /** Whether the kernels take their SIMD forms in this JVM (for reports). */
    public static boolean enabled() {
        return ENABLED;
    }

    /** A short description of the kernels' form in this JVM, e.g. "SIMD, 8 double lanes" or "plain loops". */
    public static String describe() {
        return ENABLED ? "SIMD, " + VectorLoops.doubleLanes() + " double lanes" : "plain loops";
    }
}
