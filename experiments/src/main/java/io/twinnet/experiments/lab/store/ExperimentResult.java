package io.twinnet.experiments.lab.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.RunConfig;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.RunTiming;
import io.twinnet.experiments.lab.TrajectorySummary;
import io.twinnet.experiments.lab.parity.ParityComparison;
import io.twinnet.experiments.lab.parity.StatisticalParity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One experiment in {@code results.json}.
 *
 * @param id             catalog id
 * @param title          title
 * @param source         seed document or paper
 * @param setup          what was run in this profile
 * @param claims         verdict per claim per implementation
 * @param configurations the grid that was run
 * @param runs           every run's record (written without timings, like the record files)
 * @param parity         worst exact-parity difference over the runs that share parameters (NaN when none)
 * @param figures        the figures the experiment declares for this profile's grid; empty for an
 *                       experiment that declares none and in a results file written before figures
 *                       were stored (a missing field reads as empty)
 * @param timings        how long each run took, by run key ({@code config#seed}), kept apart from {@code runs}
 *                       so that comparisons of results never see them; when null (built in memory) they are
 *                       taken from the runs, otherwise they are attached to the runs they time
 * @param statisticalParity per configuration and declared outcome, core against DL4J over seeds
 *                       ({@link StatisticalParity}), judged with the rest of the sweep; empty in a results file
 *                       written before it was stored
 */
public record ExperimentResult(String id, String title, String source, String setup, List<ClaimResult> claims,
                               List<RunConfig> configurations, List<RunRecord> runs, double parity,
                               List<FigureDeclaration> figures, Map<String, RunTiming> timings,
                               List<ParityComparison> statisticalParity) {

    public ExperimentResult {
        figures = figures == null ? List.of() : List.copyOf(figures);
        statisticalParity = statisticalParity == null ? List.of() : List.copyOf(statisticalParity);
        List<RunRecord> given = runs == null ? List.of() : runs;
        Map<String, RunTiming> sorted = new TreeMap<>();
        if (timings == null) {
            for (RunRecord r : given) sorted.put(r.config().key(), RunTiming.of(r));
        } else {
            sorted.putAll(timings);
        }
        List<RunRecord> timed = new ArrayList<>();
        for (RunRecord r : given) timed.add(r.withTiming(sorted.getOrDefault(r.config().key(), RunTiming.UNKNOWN)));
        runs = List.copyOf(timed);
        timings = Collections.unmodifiableMap(sorted);
    }

    /** An experiment result without statistical parity. */
    public ExperimentResult(String id, String title, String source, String setup, List<ClaimResult> claims,
                            List<RunConfig> configurations, List<RunRecord> runs, double parity, List<FigureDeclaration> figures,
                            Map<String, RunTiming> timings) {
        this(id, title, source, setup, claims, configurations, runs, parity, figures, timings, List.of());
    }

    /** An experiment result whose timings are those its runs carry, without statistical parity. */
    public ExperimentResult(String id, String title, String source, String setup, List<ClaimResult> claims,
                            List<RunConfig> configurations, List<RunRecord> runs, double parity, List<FigureDeclaration> figures) {
        this(id, title, source, setup, claims, configurations, runs, parity, figures, null, List.of());
    }

    /**
     * The shared-init trajectories of this experiment's runs ({@code twinnet run --shared-init}), summarised; null
     * (and not written) when no run carries one. Derived from {@link #runs}, so it is never out of step with them.
     */
    @JsonProperty("trajectories")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public TrajectorySummary trajectories() {
        return TrajectorySummary.of(runs);
    }

    /** {@code results} with their statistical parity judged as one family ({@link StatisticalParity#familyWise}). */
    public static List<ExperimentResult> judgedAcrossSweep(List<ExperimentResult> results) {
        List<List<ParityComparison>> judged = StatisticalParity.familyWise(results.stream().map(ExperimentResult::statisticalParity).toList());
        List<ExperimentResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            ExperimentResult e = results.get(i);
            out.add(new ExperimentResult(e.id, e.title, e.source, e.setup, e.claims, e.configurations, e.runs, e.parity, e.figures,
                    e.timings, judged.get(i)));
        }
        return List.copyOf(out);
    }

    /** An experiment result without declared figures. */
    public ExperimentResult(String id, String title, String source, String setup, List<ClaimResult> claims,
                            List<RunConfig> configurations, List<RunRecord> runs, double parity) {
        this(id, title, source, setup, claims, configurations, runs, parity, List.of(), null, List.of());
    }
}
