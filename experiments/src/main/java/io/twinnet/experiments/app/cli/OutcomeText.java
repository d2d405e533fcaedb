package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.app.exchange.Difference;
import io.twinnet.experiments.app.exchange.ReproductionOutcome;
import io.twinnet.experiments.lab.Json;
import java.io.PrintWriter;

/** How {@code twinnet reproduce} shows a {@link ReproductionOutcome}, for a whole sweep and for one run alike. */
final class OutcomeText {
    /** At most this many differences are printed as text (the JSON lists them all). */
    static final int PRINTED_DIFFERENCES = 40;

    private OutcomeText() {
    }

    /** The core, DL4J and structure lines, the differences and the closing line. */
    static void print(PrintWriter w, ReproductionOutcome o, boolean withVerdicts) {
        w.printf("runs compared: %d (%d core values, %d DL4J values)%n", o.runsCompared(), o.coreValuesCompared(), o.dl4jValuesCompared());
        w.println("core:     " + (o.coreBitIdentical() ? "bit-identical" : "DIFFERS (must be bit-identical)"));
        w.println("DL4J:     " + (o.dl4jBitIdentical() ? "bit-identical"
                : (o.dl4jWithinTolerance() ? "within" : "OUTSIDE") + String.format(" relative tolerance %.1e (%d value(s) not bit-identical, max rel diff %.3g)",
                o.dl4jTolerance(), o.dl4jDifferingValues(), o.dl4jMaxRelDiff())));
        if (withVerdicts) w.println("verdicts: " + (o.verdictsEqual() ? "equal" : "DIFFER"));
        if (!o.structureEqual()) w.println("records:  DIFFER in structure (spec, seeds, data, missing runs, names or statuses)");
        if (!o.differences().isEmpty()) {
            w.println();
            w.println("differences:");
            int n = 0;
            for (Difference d : o.differences()) {
                if (n++ == PRINTED_DIFFERENCES) {
                    w.println("  ... and " + (o.differences().size() - PRINTED_DIFFERENCES) + " more (see --json)");
                    break;
                }
                w.println("  " + d.describe());
            }
        }
        w.println();
        w.println(o.matches() ? "reproduced: the core is bit-identical and DL4J within tolerance." : "NOT reproduced.");
    }

    /** The outcome's fields and every difference, added to {@code root}. */
    static ObjectNode json(ObjectNode root, ReproductionOutcome o) {
        root.put("matches", o.matches());
        root.put("runsCompared", o.runsCompared());
        root.put("coreValuesCompared", o.coreValuesCompared());
        root.put("dl4jValuesCompared", o.dl4jValuesCompared());
        root.put("coreBitIdentical", o.coreBitIdentical());
        root.put("dl4jBitIdentical", o.dl4jBitIdentical());
        root.put("dl4jWithinTolerance", o.dl4jWithinTolerance());
        root.put("dl4jTolerance", o.dl4jTolerance());
        root.put("dl4jDifferingValues", o.dl4jDifferingValues());
        root.put("dl4jMaxRelDiff", o.dl4jMaxRelDiff());
        root.put("verdictsEqual", o.verdictsEqual());
        root.put("structureEqual", o.structureEqual());
        ArrayNode diffs = root.putArray("differences");
        for (Difference d : o.differences()) diffs.add(Json.mapper().valueToTree(d));
        return root;
    }
}
