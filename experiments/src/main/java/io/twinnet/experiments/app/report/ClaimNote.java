package io.twinnet.experiments.app.report;

import io.twinnet.experiments.lab.ClaimKind;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Verdict;
import io.twinnet.experiments.lab.stats.Estimate;

/**
 * The text under a claim in the report: its kind, the rule (and, when it was revised after data
 * had been seen, that revision), then per implementation the deciding estimate with its 95 %
 * interval and number of seeds, the evidence, what would decide an inconclusive verdict, and the
 * finding sentence of a not-reproduced one.
 */
final class ClaimNote {
    private ClaimNote() {
    }

    static String of(ClaimResult c) {
        StringBuilder b = new StringBuilder();
        if (c.kind() != ClaimKind.SEED_CLAIM) b.append("Kind: ").append(c.kind().label()).append(". ");
        b.append("Rule: ").append(c.rule()).append('.');
        if (!c.revision().isEmpty()) b.append(" Rule revised after seeing data: ").append(c.revision()).append('.');
        boolean notReproduced = false;
        for (Implementation impl : Implementation.values()) {
            Verdict v = c.verdictOf(impl);
            b.append(' ').append(impl == Implementation.CORE ? "Core" : "DL4J").append(": ");
            Estimate e = c.estimate().get(impl);
            if (e != null && e.measured()) b.append("estimate ").append(e.format()).append(" (").append(e.method()).append("); ");
            b.append("evidence ").append(c.evidence().getOrDefault(impl, "")).append('.');
            String toDecide = c.toDecide().getOrDefault(impl, "");
            if (v == Verdict.INCONCLUSIVE && !toDecide.isEmpty()) b.append(" To decide: ").append(toDecide).append('.');
            notReproduced |= v == Verdict.NOT_REPRODUCED;
        }
        if (notReproduced && !c.finding().isEmpty()) b.append(" Finding: ").append(c.finding());
        return b.toString();
    }
}
