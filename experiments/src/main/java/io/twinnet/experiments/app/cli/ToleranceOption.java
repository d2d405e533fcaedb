package io.twinnet.experiments.app.cli;

import picocli.CommandLine.Option;

/**
 * {@code --tolerance REL} of the commands that diff numbers which need not be bit-identical (DL4J's in
 * {@code reproduce}, another implementation's in {@code compare}): |a − b| / max(|a|, |b|) at most REL.
 */
final class ToleranceOption {
    /** The default: DESIGN.md's per-step parity bound in double precision. */
    static final double DEFAULT = 1e-9;

    @Option(names = "--tolerance", paramLabel = "REL",
            description = "Relative tolerance for values that need not be bit-identical (DL4J's, or yours); default 1e-9 (double precision).")
    Double tolerance;

    /** The tolerance asked for, or the default; bad input when negative or not finite. */
    double value() {
        double t = tolerance == null ? DEFAULT : tolerance;
        if (!(t >= 0) || !Double.isFinite(t)) throw new UserInputException("--tolerance: must be a finite number >= 0, got " + tolerance);
        return t;
    }
}
