package io.twinnet.experiments.results;

import java.util.List;
import java.util.Map;

/**
 * What a sweep was asked to do, written to {@code run.json} when it starts, so {@code --resume}
 * can continue exactly that sweep.
 *
 * @param schemaVersion {@link ResultsStore#SCHEMA_VERSION}
 * @param runId         the run directory's name
 * @param profile       quick or full
 * @param seeds         the seed-count override (0 = the profile's own)
 * @param experiments   the experiment ids, in order
 * @param startedAt     ISO-8601 instant of the first start
 * @param provenance    where and with what it ran
 */
public record RunManifest(int schemaVersion, String runId, String profile, int seeds, List<String> experiments,
                          String startedAt, Map<String, Object> provenance) {
}
