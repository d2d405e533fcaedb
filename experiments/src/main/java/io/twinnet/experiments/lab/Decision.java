package io.twinnet.experiments.lab;

import io.twinnet.experiments.lab.stats.Estimate;
import java.util.Locale;

/**
 * The decision boundary of a claim: where an {@link Estimate} must lie for the claim to be
 * reproduced, and where it must lie for it to be not reproduced. Everything between the two, and
 * every interval that reaches across either edge, is inconclusive. The rule text is rendered from
 * this object, so what the report says is what decides.
 *
 * <ul>
 *   <li>{@link #atLeast(double, double) atLeast(r, n)}: reproduced when lower ≥ r, not reproduced
 *       when upper &lt; n (n ≤ r);</li>
 *   <li>{@link #below(double, double) below(r, n)}: reproduced when upper &lt; r, not reproduced
 *       when lower ≥ n (n ≥ r);</li>
 *   <li>{@link #within(double, double) within(c, tol)}: reproduced when the interval lies inside
 *       [c − tol, c + tol], not reproduced when it lies wholly outside.</li>
 * </ul>
 *
 * @param kind          which of the three
 * @param reproduced    r (or c)
 * @param notReproduced n (or tol)
 */
public record Decision(Kind kind, double reproduced, double notReproduced) {

    /** The shape of the boundary. */
    public enum Kind { AT_LEAST, BELOW, WITHIN }

    public Decision {
        if (kind == null) throw new IllegalArgumentException("kind: is missing");
        if (!Double.isFinite(reproduced) || !Double.isFinite(notReproduced)) throw new IllegalArgumentException("edges: must be finite");
        if (kind == Kind.AT_LEAST && notReproduced > reproduced) throw new IllegalArgumentException("atLeast: n must not exceed r");
        if (kind == Kind.BELOW && notReproduced < reproduced) throw new IllegalArgumentException("below: n must not be under r");
        if (kind == Kind.WITHIN && notReproduced < 0) throw new IllegalArgumentException("within: tolerance must not be negative");
    }

    /** Reproduced at or above {@code r}, not reproduced below it. */
    public static Decision atLeast(double r) {
        return new Decision(Kind.AT_LEAST, r, r);
    }

    /** Reproduced at or above {@code r}, not reproduced below {@code n}, inconclusive between. */
    public static Decision atLeast(double r, double n) {
        return new Decision(Kind.AT_LEAST, r, n);
    }

    /** Reproduced below {@code r}, not reproduced at or above it. */
    public static Decision below(double r) {
        return new Decision(Kind.BELOW, r, r);
    }

    /** Reproduced below {@code r}, not reproduced at or above {@code n}, inconclusive between. */
    public static Decision below(double r, double n) {
        return new Decision(Kind.BELOW, r, n);
    }

    /** Reproduced within {@code tolerance} of {@code centre}, not reproduced outside. */
    public static Decision within(double centre, double tolerance) {
        return new Decision(Kind.WITHIN, centre, tolerance);
    }

    /** The verdict on {@code e}: its whole interval must lie on one side. */
    public Verdict judge(Estimate e) {
        if (!e.measured() || Double.isNaN(e.lower()) || Double.isNaN(e.upper())) return Verdict.INCONCLUSIVE;
        return switch (kind) {
            case AT_LEAST -> e.lower() >= reproduced ? Verdict.REPRODUCED : e.upper() < notReproduced ? Verdict.NOT_REPRODUCED : Verdict.INCONCLUSIVE;
            case BELOW -> e.upper() < reproduced ? Verdict.REPRODUCED : e.lower() >= notReproduced ? Verdict.NOT_REPRODUCED : Verdict.INCONCLUSIVE;
            case WITHIN -> {
                double lo = reproduced - notReproduced;
                double hi = reproduced + notReproduced;
                if (e.lower() >= lo && e.upper() <= hi) yield Verdict.REPRODUCED;
                yield e.upper() < lo || e.lower() > hi ? Verdict.NOT_REPRODUCED : Verdict.INCONCLUSIVE;
            }
        };
    }

    /**
     * For an inconclusive {@code e}, how many seeds would decide at the observed spread: an
     * interval's half-width shrinks like 1/√n, so an estimate at distance d from the edge it must
     * clear, with half-width h on that side from n seeds, needs about n·(h/d)² seeds. An estimate
     * inside the inconclusive band (or on an edge) cannot be decided by seeds alone; a point
     * estimate or an unbounded interval gives no figure. Empty when {@code e} is decided.
     */
    public String toDecide(Estimate e) {
        if (!e.measured() || judge(e) != Verdict.INCONCLUSIVE) return "";
        double v = e.value();
        double edge;
        double halfWidth;
        switch (kind) {
            case AT_LEAST -> {
                if (v > reproduced) { edge = reproduced; halfWidth = v - e.lower(); }
                else if (v < notReproduced) { edge = notReproduced; halfWidth = e.upper() - v; }
                else return "the estimate lies in the inconclusive band, which more seeds cannot move it out of";
            }
            case BELOW -> {
                if (v < reproduced) { edge = reproduced; halfWidth = e.upper() - v; }
                else if (v > notReproduced) { edge = notReproduced; halfWidth = v - e.lower(); }
                else return "the estimate lies in the inconclusive band, which more seeds cannot move it out of";
            }
            default -> {
                double lo = reproduced - notReproduced;
                double hi = reproduced + notReproduced;
                if (v > lo && v < hi) { edge = v - lo < hi - v ? lo : hi; halfWidth = edge == lo ? v - e.lower() : e.upper() - v; }
                else if (v < lo) { edge = lo; halfWidth = e.upper() - v; }
                else if (v > hi) { edge = hi; halfWidth = v - e.lower(); }
                else return "the estimate lies on the edge of the tolerance";
            }
        }
        if (!e.bounded() || e.isPoint() || e.seeds() < 2) return "no interval from these seeds; at least 3 seeds per configuration are needed to size one";
        double d = Math.abs(v - edge);
        long n = (long) Math.ceil(e.seeds() * Math.pow(halfWidth / d, 2));
        return n > 10_000 ? "the estimate sits too close to the boundary for a feasible number of seeds to decide"
                : "about " + Math.max(n, e.seeds() + 1) + " seeds would decide at the observed spread";
    }

    /** The boundary in words, e.g. "≥ 0.8: reproduced; < 0.5: not reproduced; between: inconclusive". */
    public String text() {
        String r = num(reproduced);
        String n = num(notReproduced);
        return switch (kind) {
            case AT_LEAST -> reproduced == notReproduced ? "≥ " + r + ": reproduced, else not reproduced"
                    : "≥ " + r + ": reproduced; < " + n + ": not reproduced; in between: inconclusive";
            case BELOW -> reproduced == notReproduced ? "< " + r + ": reproduced, else not reproduced"
                    : "< " + r + ": reproduced; ≥ " + n + ": not reproduced; in between: inconclusive";
            case WITHIN -> "within " + n + " of " + r + ": reproduced; wholly outside: not reproduced";
        };
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%s", v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf((long) v) : String.valueOf(v));
    }
}
