package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.twinnet.experiments.lab.stats.Estimate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A claim with its verdict per implementation, the deciding estimate (value, 95 % interval and
 * number of seeds) and the evidence.
 *
 * @param id       the claim id
 * @param text     the claim
 * @param rule     the verdict rule
 * @param verdict  per implementation
 * @param evidence per implementation, a one-line summary of the deciding numbers
 * @param kind     seed claim, paper identity or implementation finding (a results file written
 *                 before kinds were stored reads as a seed claim)
 * @param finding  the sentence shown beside a not-reproduced verdict; empty when none
 * @param revision empty for a pre-registered rule, else when and why it was revised after seeing data
 * @param estimate per implementation, the deciding statistic when the rule has a single one
 * @param toDecide per implementation, for an inconclusive verdict what would decide it
 */
public record ClaimResult(String id, String text, String rule, Map<Implementation, Verdict> verdict,
                          Map<Implementation, String> evidence, ClaimKind kind, String finding, String revision,
                          Map<Implementation, Estimate> estimate, Map<Implementation, String> toDecide) {

    public ClaimResult {
        EnumMap<Implementation, Verdict> v = new EnumMap<>(Implementation.class);
        v.putAll(verdict);
        for (Implementation impl : Implementation.values()) {
            if (!v.containsKey(impl)) throw new IllegalArgumentException("verdict: missing for " + impl.label());
        }
        verdict = Collections.unmodifiableMap(v);
        evidence = copy(evidence);
        kind = kind == null ? ClaimKind.SEED_CLAIM : kind;
        finding = finding == null ? "" : finding;
        revision = revision == null ? "" : revision;
        estimate = copy(estimate);
        toDecide = copy(toDecide);
    }

    /** A result with no kind, finding, revision or estimates (a seed claim). */
    public ClaimResult(String id, String text, String rule, Map<Implementation, Verdict> verdict, Map<Implementation, String> evidence) {
        this(id, text, rule, verdict, evidence, ClaimKind.SEED_CLAIM, "", "", Map.of(), Map.of());
    }

    private static <V> Map<Implementation, V> copy(Map<Implementation, V> m) {
        EnumMap<Implementation, V> e = new EnumMap<>(Implementation.class);
        if (m != null) m.forEach((k, val) -> {
            if (val != null) e.put(k, val);
        });
        return Collections.unmodifiableMap(e);
    }

    /** Builds a result from a spec and a per-implementation judgement. */
    public static ClaimResult of(ClaimSpec spec, Judgement core, Judgement dl4j) {
        EnumMap<Implementation, Estimate> estimates = new EnumMap<>(Implementation.class);
        if (core.estimate() != null) estimates.put(Implementation.CORE, core.estimate());
        if (dl4j.estimate() != null) estimates.put(Implementation.DL4J, dl4j.estimate());
        return new ClaimResult(spec.id(), spec.text(), spec.rule(),
                Map.of(Implementation.CORE, core.verdict(), Implementation.DL4J, dl4j.verdict()),
                Map.of(Implementation.CORE, core.evidence(), Implementation.DL4J, dl4j.evidence()), spec.kind(), spec.finding(),
                spec.revision(), estimates, Map.of(Implementation.CORE, core.toDecide(), Implementation.DL4J, dl4j.toDecide()));
    }

    /**
     * This result with {@link Verdict#NOT_RUN} for every implementation outside {@code ran}: what
     * the claim rule said about missing records is replaced, since nothing was measured there.
     */
    public ClaimResult restrictedTo(Set<Implementation> ran, String why) {
        EnumMap<Implementation, Verdict> v = new EnumMap<>(verdict);
        EnumMap<Implementation, String> e = new EnumMap<>(evidence);
        EnumMap<Implementation, Estimate> est = new EnumMap<>(Implementation.class);
        est.putAll(estimate);
        EnumMap<Implementation, String> d = new EnumMap<>(Implementation.class);
        d.putAll(toDecide);
        for (Implementation impl : Implementation.values()) {
            if (!ran.contains(impl)) {
                v.put(impl, Verdict.NOT_RUN);
                e.put(impl, why);
                est.remove(impl);
                d.remove(impl);
            }
        }
        return new ClaimResult(id, text, rule, v, e, kind, finding, revision, est, d);
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

    /**
     * True when one side reproduced the claim and the other did not: with intervals on both sides
     * this should not happen except for an implementation finding.
     */
    @JsonProperty("contradict")
    public boolean contradict() {
        Verdict c = verdict.get(Implementation.CORE);
        Verdict d = verdict.get(Implementation.DL4J);
        return (c == Verdict.REPRODUCED && d == Verdict.NOT_REPRODUCED) || (c == Verdict.NOT_REPRODUCED && d == Verdict.REPRODUCED);
    }

    @JsonIgnore
    public Verdict verdictOf(Implementation impl) {
        return verdict.get(impl);
    }
}
