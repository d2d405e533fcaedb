package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A claim with its verdict per implementation and the evidence (the numbers the rule looked at).
 *
 * @param id       the claim id
 * @param text     the claim
 * @param rule     the verdict rule
 * @param verdict  per implementation
 * @param evidence per implementation, a one-line summary of the deciding numbers
 */
public record ClaimResult(String id, String text, String rule, Map<Implementation, Verdict> verdict,
                          Map<Implementation, String> evidence) {

    public ClaimResult {
        EnumMap<Implementation, Verdict> v = new EnumMap<>(Implementation.class);
        v.putAll(verdict);
        for (Implementation impl : Implementation.values()) {
            if (!v.containsKey(impl)) throw new IllegalArgumentException("verdict: missing for " + impl.label());
        }
        verdict = Collections.unmodifiableMap(v);
        EnumMap<Implementation, String> e = new EnumMap<>(Implementation.class);
        if (evidence != null) e.putAll(evidence);
        evidence = Collections.unmodifiableMap(e);
    }

    /** Builds a result from a spec and a per-implementation judgement. */
    public static ClaimResult of(ClaimSpec spec, Judgement core, Judgement dl4j) {
        return new ClaimResult(spec.id(), spec.text(), spec.rule(),
                Map.of(Implementation.CORE, core.verdict(), Implementation.DL4J, dl4j.verdict()),
                Map.of(Implementation.CORE, core.evidence(), Implementation.DL4J, dl4j.evidence()));
    }

    /**
     * This result with {@link Verdict#NOT_RUN} for every implementation outside {@code ran}: what
     * the claim rule said about missing records is replaced, since nothing was measured there.
     */
    public ClaimResult restrictedTo(java.util.Set<Implementation> ran, String why) {
        EnumMap<Implementation, Verdict> v = new EnumMap<>(verdict);
        EnumMap<Implementation, String> e = new EnumMap<>(evidence);
        for (Implementation impl : Implementation.values()) {
            if (!ran.contains(impl)) {
                v.put(impl, Verdict.NOT_RUN);
                e.put(impl, why);
            }
        }
        return new ClaimResult(id, text, rule, v, e);
    }

    /** True when both implementations were run, so their verdicts can be compared. */
    @JsonProperty("compared")
    public boolean compared() {
        return verdict.get(Implementation.CORE) != Verdict.NOT_RUN && verdict.get(Implementation.DL4J) != Verdict.NOT_RUN;
    }

    /** True when both implementations reached the same verdict. */
    @JsonProperty("agree")
    public boolean agree() {
        return verdict.get(Implementation.CORE) == verdict.get(Implementation.DL4J);
    }

    @JsonIgnore
    public Verdict verdictOf(Implementation impl) {
        return verdict.get(impl);
    }
}
