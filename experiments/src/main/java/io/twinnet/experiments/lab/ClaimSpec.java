package io.twinnet.experiments.lab;

/**
 * A claim an experiment checks, in plain words, with the rule that decides its verdict: what a
 * results file carries of a {@link Claim} (everything but the rule's code).
 *
 * @param id       short id, unique within the experiment
 * @param text     the claim, as a reader would state it
 * @param rule     how the verdict is computed from the measurements
 * @param kind     seed claim, paper identity or implementation finding
 * @param finding  shown beside a not-reproduced verdict; empty when none is written
 * @param revision empty for a pre-registered rule, else when and why it was revised after seeing data
 */
public record ClaimSpec(String id, String text, String rule, ClaimKind kind, String finding, String revision) {
    public ClaimSpec {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("id: is missing");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text: is missing");
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("rule: is missing");
        kind = kind == null ? ClaimKind.SEED_CLAIM : kind;
        finding = finding == null ? "" : finding;
        revision = revision == null ? "" : revision;
    }

    /** A seed claim with no finding and no revision. */
    public ClaimSpec(String id, String text, String rule) {
        this(id, text, rule, ClaimKind.SEED_CLAIM, "", "");
    }
}
