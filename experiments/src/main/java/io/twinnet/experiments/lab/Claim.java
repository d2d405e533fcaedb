package io.twinnet.experiments.lab;

import java.util.regex.Pattern;

/**
 * A claim an experiment checks: in plain words, of a kind, decided by a rule that renders its own
 * text; and, for when it comes out not reproduced, the sentence that says what was found instead
 * (or why the statement is not testable as made).
 *
 * @param id      short id, unique within the experiment ({@code kebab-case})
 * @param text    the claim as a reader would state it
 * @param kind    seed claim, paper identity or implementation finding
 * @param rule    decides the verdict on each implementation
 * @param finding shown beside a not-reproduced verdict; empty when none is written
 * @param revision empty for a rule written before the data it judges; otherwise when and why it was
 *                 changed after data had been seen, which the report shows beside the rule
 */
public record Claim<P extends GridPoint>(String id, String text, ClaimKind kind, Rule<P> rule, String finding, String revision) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9.]+)*");

    public Claim {
        if (id == null || !ID.matcher(id).matches()) throw new IllegalArgumentException("id: '" + id + "' is not kebab-case");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text: is missing for " + id);
        if (kind == null) throw new IllegalArgumentException("kind: is missing for " + id);
        if (rule == null) throw new IllegalArgumentException("rule: is missing for " + id);
        finding = finding == null ? "" : finding;
        revision = revision == null ? "" : revision;
    }

    /** A seed document's statement. */
    public static <P extends GridPoint> Claim<P> seed(String id, String text, Rule<P> rule) {
        return new Claim<>(id, text, ClaimKind.SEED_CLAIM, rule, "", "");
    }

    /** A paper's result. */
    public static <P extends GridPoint> Claim<P> paper(String id, String text, Rule<P> rule) {
        return new Claim<>(id, text, ClaimKind.PAPER_IDENTITY, rule, "", "");
    }

    /** A property of an implementation, on which the sides may legitimately differ. */
    public static <P extends GridPoint> Claim<P> implementationFinding(String id, String text, Rule<P> rule) {
        return new Claim<>(id, text, ClaimKind.IMPLEMENTATION_FINDING, rule, "", "");
    }

    /** This claim with the sentence shown when it is not reproduced. */
    public Claim<P> ifNotReproduced(String sentence) {
        return new Claim<>(id, text, kind, rule, sentence, revision);
    }

    /**
     * This claim, marked as judged by a rule revised after data had been seen: {@code note} says
     * when, what changed and why (e.g. "2026-12-01, after the quick profile of sessions 1-3: 'flat'
     * became a slope test"). Pre-registration is the default; a revision is recorded, never hidden.
     */
    public Claim<P> revised(String note) {
        if (note == null || note.isBlank()) throw new IllegalArgumentException("revised: the note is missing for " + id);
        return new Claim<>(id, text, kind, rule, finding, note);
    }

    /** The legacy spec the sweep's results carry. */
    public ClaimSpec spec() {
        return new ClaimSpec(id, text, rule.text(), kind, finding, revision);
    }
}
