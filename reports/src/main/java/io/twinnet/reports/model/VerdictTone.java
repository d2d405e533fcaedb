package io.twinnet.reports.model;

import java.util.Locale;

/**
 * How a verdict word reads at a glance; the renderers give each tone its own badge colour.
 * The word is matched without regard to case, spaces, dashes or underscores, so
 * "Not reproduced", "not-reproduced" and "NOT_REPRODUCED" are the same verdict.
 */
public enum VerdictTone {
    /** "reproduced", "yes", "pass", "agree" and "match". */
    POSITIVE,
    /** "not reproduced", "no", "fail", "failed", "differ" and "mismatch". */
    NEGATIVE,
    /** "inconclusive", "unclear" and "partial". */
    UNCERTAIN,
    /** Any other word, such as "skipped" or "n/a". */
    OTHER;

    public static VerdictTone of(String verdict) {
        if (verdict == null) {
            return OTHER;
        }
        String key = verdict.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        switch (key) {
            case "reproduced": case "yes": case "pass": case "passed": case "agree": case "match":
                return POSITIVE;
            case "notreproduced": case "no": case "fail": case "failed": case "differ": case "mismatch":
                return NEGATIVE;
            case "inconclusive": case "unclear": case "partial":
                return UNCERTAIN;
            default:
                return OTHER;
        }
    }
}
