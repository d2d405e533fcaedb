package io.twinnet.experiments.app.report;

import io.twinnet.experiments.lab.FigureDeclaration;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.store.ExperimentResult;
import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.Ids;
import io.twinnet.reports.model.LineStyle;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures an experiment declared ({@link FigureDeclaration}), drawn the way a reader compares
 * two implementations: one chart per declaration, one colour per series label, the core's median
 * over seeds solid and DL4J's dashed in that colour, each with its min–max band over seeds when
 * there are at least two, and the theory curve, when declared, as a grey reference line per label.
 * Agreement is then read in one picture, not across two.
 *
 * <p>A label may gather several configurations (e.g. every learning rate of one width); its median
 * and band are then taken over all their seeds. The theory is the median over the core's seeds
 * (DL4J's when the core was not run): it is computed from the spec, not learned, so one line is
 * enough.
 */
final class DeclaredFigures {

    private DeclaredFigures() {
    }

    /** One report figure per curve declaration of {@code e} that has data, one per implementation of a heat map ({@link DeclaredHeatMaps}); none when it declares none. */
    static List<Figure> of(ExperimentResult e) {
        List<Figure> out = new ArrayList<>();
        for (FigureDeclaration d : e.figures()) {
            if (d.heatMap() != null) out.addAll(DeclaredHeatMaps.of(e, d));
            else chart(e, d).ifPresent(out::add);
        }
        return out;
    }

    /** The report id of declared figure {@code d} of experiment {@code experiment}. */
    static String figureId(String experiment, FigureDeclaration d) {
        return Ids.slug(experiment + "-" + d.id());
    }

    /** The chart of {@code d}, or empty when no run recorded its curve. */
    static Optional<Figure> chart(ExperimentResult e, FigureDeclaration d) {
        XyChart.Builder chart = XyChart.lines(new Axis(d.xLabel(), d.logX()), new Axis(d.yLabel(), d.logY()));
        int drawn = 0;
        int fewestSeeds = Integer.MAX_VALUE;
        int mostSeeds = 0;
        boolean theory = false;
        for (String label : d.labels()) {
            for (Implementation impl : Implementation.values()) {
                List<Series> curves = curves(e, d, label, impl, d.curve());
                if (curves.isEmpty()) continue;
                SeedEnvelope env = SeedEnvelope.of(curves);
                XySeries line = XySeries.of(label + " · " + ResultsReport.label(impl), env.x(), env.median())
                        .inGroup(label).styled(impl == Implementation.CORE ? LineStyle.SOLID : LineStyle.DASHED);
                chart.series(env.seeds() >= 2 ? line.withBand(env.lower(), env.upper()) : line);
                drawn++;
                fewestSeeds = Math.min(fewestSeeds, env.seeds());
                mostSeeds = Math.max(mostSeeds, env.seeds());
            }
            if (d.reference() != null) {
                List<Series> ref = curves(e, d, label, Implementation.CORE, d.reference());
                if (ref.isEmpty()) ref = curves(e, d, label, Implementation.DL4J, d.reference());
                if (!ref.isEmpty()) {
                    SeedEnvelope env = SeedEnvelope.of(ref);
                    chart.series(XySeries.reference(label + " · theory", env.x(), env.median()).inGroup(label));
                    theory = true;
                }
            }
        }
        if (drawn == 0) return Optional.empty();
        String seeds = fewestSeeds == mostSeeds ? Integer.toString(fewestSeeds) : fewestSeeds + " to " + mostSeeds;
        String caption = "Median over " + seeds + " seed(s) per series: core solid, DL4J dashed, one colour per series"
                + (mostSeeds >= 2 ? "; shaded: minimum to maximum over seeds" + (fewestSeeds < 2 ? " (none for a single seed)" : "") : "")
                + (theory ? "; grey dashed: theory (" + d.reference() + ")" : "")
                + ". Where seeds stop at different x (a diverged run), each point summarises the seeds that reached it.";
        return Optional.of(Figure.of(figureId(e.id(), d), e.id() + ": " + d.title(), caption, chart.build()));
    }

    /** Curve {@code name} of every run of the configurations labelled {@code label}, on {@code impl}, where recorded. */
    private static List<Series> curves(ExperimentResult e, FigureDeclaration d, String label, Implementation impl, String name) {
        List<Series> out = new ArrayList<>();
        for (RunRecord r : e.runs()) {
            if (!label.equals(d.series().get(r.config().config()))) continue;
            SideRecord side = r.sides().get(impl);
            if (side == null || !side.status().measured()) continue;
            Series s = side.seriesOrNull(name);
            if (s != null && s.size() > 0) out.add(s);
        }
        return out;
    }
}
