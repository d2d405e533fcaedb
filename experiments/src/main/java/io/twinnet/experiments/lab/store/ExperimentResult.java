package io.twinnet.experiments.lab.store;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.parity.ParityComparison;
import io.twinnet.experiments.lab.parity.StatisticalParity;
import java.util.ArrayList;
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
 * @param statisticalParity per configuration and declared outcome, core against DL4J over seeds
 *                       ({@link StatisticalParity}), judged with the rest of the sweep; empty in a results file
 *                       written before it was stored
 */
public record ExperimentResult(String id, String title, String source, String setup, List<ClaimResult> claims,
                               List<RunConfig> configurations, List<RunRecord> runs, double parity,
                               List<FigureDeclaration> figures, List<ParityComparison> statisticalParity) {

    public ExperimentResult {
        figures = figures == null ? List.of() : List.copyOf(figures);
        statisticalParity = statisticalParity == null ? List.of() : List.copyOf(statisticalParity);
    }

    /** An experiment result without statistical parity. */
    public ExperimentResult(String id, String title, String source, String setup, List<ClaimResult> claims,
                            List<RunConfig> configurations, List<RunRecord> runs, double parity, List<FigureDeclaration> figures) {
        this(id, title, source, setup, claims, configurations, runs, parity, figures, List.of());
    }

    /** {@code results} with their statistical parity judged as one family ({@link StatisticalParity#familyWise}). */
    public static List<ExperimentResult> judgedAcrossSweep(List<ExperimentResult> results) {
        List<List<ParityComparison>> judged = StatisticalParity.familyWise(results.stream().map(ExperimentResult::statisticalParity).toList());
        List<ExperimentResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            ExperimentResult e = results.get(i);
            out.add(new ExperimentResult(e.id, e.title, e.source, e.setup, e.claims, e.configurations, e.runs, e.parity, e.figures,
                    judged.get(i)));
        }
        return List.copyOf(out);
    }

    /** An experiment result without declared figures. */
    public ExperimentResult(String id, String title, String source, String setup, List<ClaimResult> claims,
                            List<RunConfig> configurations, List<RunRecord> runs, double parity) {
        this(id, title, source, setup, claims, configurations, runs, parity, List.of());
    }
}
