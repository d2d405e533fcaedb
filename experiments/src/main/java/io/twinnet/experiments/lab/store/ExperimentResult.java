package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import java.util.List;

/**
 * One experiment in {@code results.json}.
 *
 * @param id             catalog id
 * @param title          title
 * @param source         seed document or paper
 * @param setup          what was run in this profile
 * @param claims         verdict per claim per implementation
 * @param configurations the grid that was run
 * @param runs           every run's record
 * @param parity         worst exact-parity difference over the runs that share parameters (NaN when none)
 * @param figures        the figures the experiment declares for this profile's grid; empty for an
 *                       experiment that declares none and in a results file written before figures
 *                       were stored (a missing field reads as empty)
 */
public record ExperimentResult(String id, String title, String source, String setup, List<ClaimResult> claims,
                               List<RunConfig> configurations, List<RunRecord> runs, double parity,
                               List<FigureDeclaration> figures) {

    public ExperimentResult {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** An experiment result without declared figures. */
    public ExperimentResult(String id, String title, String source, String setup, List<ClaimResult> claims,
                            List<RunConfig> configurations, List<RunRecord> runs, double parity) {
        this(id, title, source, setup, claims, configurations, runs, parity, List.of());
    }
}
