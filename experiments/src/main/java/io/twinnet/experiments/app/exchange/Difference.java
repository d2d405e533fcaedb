package io.twinnet.experiments.app.exchange;

/**
 * One value that differs between two runs of the same sweep: where it sits (experiment,
 * configuration, seed, implementation, the scalar's or series' name and, for a series, the index)
 * and both values.
 *
 * @param experiment     experiment id
 * @param config         configuration id
 * @param seed           the run's seed
 * @param side           "core", "dl4j", "parity" or "claim"
 * @param name           what differs: a scalar or series name, "status", a claim id...
 * @param index          index into a series, or -1
 * @param original       the value in the original run (text for non-numeric items)
 * @param reproduced     the value in the reproduction
 * @param relDiff        |a − b| / max(|a|, |b|, 1e-300), NaN when not numeric or not finite
 * @param withinTolerance whether the difference is allowed (only ever true for DL4J and parity values)
 */
public record Difference(String experiment, String config, long seed, String side, String name, int index,
                         String original, String reproduced, double relDiff, boolean withinTolerance) {

    /** experiment/config#seed side name[index]: a vs b. */
    public String describe() {
        String where = experiment + "/" + config + (seed >= 0 ? "#" + seed : "");
        String what = name + (index >= 0 ? "[" + index + "]" : "");
        String rel = Double.isNaN(relDiff) ? "" : String.format(" (rel %.3g)", relDiff);
        return where + " " + side + " " + what + ": " + original + " vs " + reproduced + rel;
    }
}
