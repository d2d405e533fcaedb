package io.twinnet.experiments.lab;

/**
 * A claim an experiment checks, in plain words, with the rule that decides its verdict.
 *
 * @param id   short id, unique within the experiment
 * @param text the claim, as a reader would state it
 * @param rule how the verdict is computed from the measurements
 */
public record ClaimSpec(String id, String text, String rule) {
    public ClaimSpec {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("id: is missing");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text: is missing");
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("rule: is missing");
    }
}
