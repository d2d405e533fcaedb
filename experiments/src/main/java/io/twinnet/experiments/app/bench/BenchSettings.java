package io.twinnet.experiments.app.bench;

import io.twinnet.core.spec.Precision;
import java.util.Locale;

/**
 * How much work the benchmark does and which MLP it trains.
 *
 * @param quick    the short version (tests, CI): few steps per repetition
 * @param reps     timed repetitions per side and case (the median is quoted)
 * @param loss     the MLP's output: "mcxent" (softmax + multi-class cross-entropy) or "mse" (ReLU + mean squared error)
 * @param poolSize examples per case, cycled through (the same for every side of a case)
 * @param only     the one precision whose sides run (the core and DL4J in it), or null for both. In one JVM the
 *                 core's kernels are compiled for the precision that runs first and recompiled when the other
 *                 arrives, which left the float core about a fifth slower after the double sides than alone
 *                 (one-example steps, 14.8-16.0 against 12.7-13.3 µs); one precision per JVM measures each
 *                 as a user who trains in it alone would see it
 */
public record BenchSettings(boolean quick, int reps, String loss, int poolSize, Precision only) {
    public static final int DEFAULT_REPS = 5;
    public static final int QUICK_REPS = 3;

    public BenchSettings {
        if (reps < 1) throw new IllegalArgumentException("--reps: must be at least 1, got " + reps);
        loss = loss == null ? "" : loss.toLowerCase(Locale.ROOT);
        if (!loss.equals("mcxent") && !loss.equals("mse")) {
            throw new IllegalArgumentException("--loss: expected mcxent (softmax output) or mse (ReLU output), got '" + loss + "'");
        }
        if (poolSize < 1) throw new IllegalArgumentException("poolSize: must be positive, got " + poolSize);
    }

    /** The full or quick defaults with {@code reps} repetitions (null: the default for that mode), both precisions. */
    public static BenchSettings of(boolean quick, Integer reps, String loss) {
        return of(quick, reps, loss, null);
    }

    /** As {@link #of(boolean, Integer, String)}, with the sides of precision {@code only} alone (null: both). */
    public static BenchSettings of(boolean quick, Integer reps, String loss, Precision only) {
        return new BenchSettings(quick, reps != null ? reps : quick ? QUICK_REPS : DEFAULT_REPS, loss, quick ? 1024 : 4096, only);
    }
}
