package io.twinnet.experiments.lab.store;

import java.util.List;

/**
 * The whole of {@code results.json}. {@code schemaVersion} changes whenever a field changes meaning
 * or disappears; readers check it.
 *
 * @param schema        always {@code twinnet-results}
 * @param schemaVersion {@link ResultsStore#SCHEMA_VERSION}
 * @param manifest      what was asked (profile, seeds, experiments, provenance)
 * @param finishedAt    ISO-8601 instant the document was written
 * @param complete      false while runs are missing (an interrupted sweep)
 * @param experiments   per experiment, its claims, grid and runs
 */
public record ResultsDocument(String schema, int schemaVersion, RunManifest manifest, String finishedAt,
                              boolean complete, List<ExperimentResult> experiments) {
}
