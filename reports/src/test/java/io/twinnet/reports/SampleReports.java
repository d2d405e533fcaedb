package io.twinnet.reports;

import io.twinnet.reports.model.Axis;
import io.twinnet.reports.model.BarChart;
import io.twinnet.reports.model.Claim;
import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.HeatMapChart;
import io.twinnet.reports.model.IntervalChart;
import io.twinnet.reports.model.IntervalSeries;
import io.twinnet.reports.model.LineStyle;
import io.twinnet.reports.model.Point;
import io.twinnet.reports.model.ProvenanceGroup;
import io.twinnet.reports.model.Report;
import io.twinnet.reports.model.Section;
import io.twinnet.reports.model.Table;
import io.twinnet.reports.model.XyChart;
import io.twinnet.reports.model.XySeries;
import java.util.List;

/** Reports the tests render: one that uses every part of the model, one full of hostile text. */
public final class SampleReports {

    /** Markup, both quotes and an ampersand: what a careless page would execute or break on. */
    public static final String HOSTILE = "<script>alert(1)</script>\"'&";

    private SampleReports() {
    }

    /** Two sections, four claims (one where the implementations differ), three figures, two tables. */
    public static Report full() {
        double[] steps = new double[40];
        double[] fast = new double[40];
        double[] flat = new double[40];
        double[] theory = new double[40];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
            fast[i] = 2.3 * Math.exp(-i / 8.0) + 0.01;
            flat[i] = 2.3 - 1e-4 * i;
            theory[i] = 2.3 * Math.exp(-i / 8.0);
        }
        flat[20] = Double.NaN;
        flat[21] = Double.POSITIVE_INFINITY;
        theory[0] = 0.0;
        return Report.builder("Initialisation range and ReLU")
                .subtitle("quick profile, seeds 1 to 3")
                .provenance(ProvenanceGroup.builder("Software")
                        .entry("project", "twinnet 0.1.0 (git 0123abc)")
                        .entry("framework", "DL4J 1.0.0-M2.1")
                        .build())
                .provenance(ProvenanceGroup.builder("Run")
                        .entry("spec", "{\n  \"layers\": [784, 100, 10]\n}")
                        .entry("seeds", "1, 2, 3")
                        .entry("empty value", "")
                        .build())
                .section(Section.builder("relu-range", "ReLU and the uniform range")
                        .paragraph("A 784-100-10 ReLU network.\nSecond line.")
                        .claim(Claim.builder("flat-loss", "With U[-1,1] the loss stays flat")
                                .verdict("core", Claim.REPRODUCED).verdict("DL4J", Claim.REPRODUCED)
                                .note("loss moved 0.1% in 5 epochs").build())
                        .claim(Claim.builder("small-lr", "A 100 times smaller rate rescues U[-1,1]")
                                .verdict("core", Claim.REPRODUCED).verdict("DL4J", Claim.INCONCLUSIVE).build())
                        .claim(Claim.builder("sigmoid-control", "Sigmoid does not care about the range")
                                .verdict("core", Claim.NOT_REPRODUCED).verdict("DL4J", Claim.NOT_REPRODUCED).build())
                        .figure(Figure.of("loss", "Loss per step", "U[-1,1] stays near ln 10.",
                                XyChart.lines(Axis.linear("step"), Axis.log("loss"))
                                        .series(XySeries.of("He", steps, fast))
                                        .series(XySeries.of("U[-1,1]", steps, flat))
                                        .series(XySeries.reference("theory", steps, theory))
                                        .series(XySeries.of("not run", List.of()))
                                        .build()))
                        .figure(Figure.of("accuracy", "Final accuracy", "",
                                BarChart.builder(Axis.linear("accuracy"), "U[-1,1]", "He", "Xavier")
                                        .series("core", 0.1135, 0.9612, 0.9544)
                                        .series("DL4J", 0.1135, Double.NaN, 0.9544)
                                        .build()))
                        .table(Table.builder("final", "Final metrics")
                                .caption("Seed 1.")
                                .columns("init", "implementation")
                                .column("loss", "%.4f")
                                .column("accuracy", "auto")
                                .column("epochs", "auto")
                                .row("U[-1,1]", "core", 2.302585, 0.1135, 5)
                                .row("He", "DL4J", 0.031234, 0.9612, 5)
                                .row("diverged", "core", Double.NaN, Double.NEGATIVE_INFINITY, 2)
                                .row("NaN", "text, with \"quotes\"\nand a line break", 1e-7, 123456789.0, 0)
                                .build())
                        .build())
                .section(Section.builder("sigmoid-depth", "Sigmoid and depth")
                        .claim(Claim.builder("bound", "The first-layer gradient shrinks by at most 0.25 per layer")
                                .verdict("core", Claim.REPRODUCED).verdict("DL4J", Claim.REPRODUCED).build())
                        .figure(Figure.of("gradient-depth", "Gradient norm against depth", "Dashed: 0.25^d.",
                                XyChart.linesAndPoints(Axis.log("depth"), Axis.log("norm"))
                                        .series(XySeries.of("sigmoid", List.of(Point.of(1, 0.2), Point.of(2, 0.04),
                                                Point.of(4, 0.0015), Point.of(-1, 3))))
                                        .series(XySeries.reference("0.25^d", List.of(Point.of(1, 0.25),
                                                Point.of(2, 0.0625), Point.of(4, 0.0039))))
                                        .build()))
                        .table(Table.builder("empty-table", "No rows yet").columns("a", "b").build())
                        .build())
                .build();
    }

    /** {@link #HOSTILE} in every free text of the model: titles, claims, cells, captions, series, keys. */
    public static Report hostile() {
        String h = HOSTILE;
        return Report.builder(h)
                .subtitle(h)
                .provenance(ProvenanceGroup.builder(h).entry(h, h).entry("long " + h, h + "\n" + h).build())
                .section(Section.builder("s", h)
                        .paragraph(h)
                        .claim(Claim.builder("c", h).verdict(h, h).verdict("core", Claim.REPRODUCED).note(h).build())
                        .figure(Figure.of("f", h, h,
                                XyChart.lines(Axis.linear(h), Axis.linear(h))
                                        .series(XySeries.of(h, new double[] {0, 1, 2}, new double[] {1, 2, 1}))
                                        .series(XySeries.reference("ref " + h, new double[] {0, 2}, new double[] {1, 1}))
                                        .build()))
                        .figure(Figure.of("b", h, h,
                                BarChart.builder(Axis.linear(h), h, "other").series(h, 1, 2).build()))
                        .figure(Figure.of("grouped", h, h,
                                XyChart.lines(Axis.linear(h), Axis.log(h))
                                        .series(XySeries.of(h, new double[] {0, 1, 2}, new double[] {1, 2, 1}).inGroup(h)
                                                .withBand(new double[] {0.5, 1, 0.5}, new double[] {2, 3, 2}))
                                        .series(XySeries.of("dashed " + h, new double[] {0, 1, 2}, new double[] {1, 0, 1})
                                                .inGroup(h).styled(LineStyle.DASHED))
                                        .build()))
                        .figure(Figure.of("intervals", h, h,
                                IntervalChart.builder(Axis.linear(h), Axis.linear(h))
                                        .series(IntervalSeries.of(h, new double[] {1, 2}, new double[] {0.5, 0.6},
                                                new double[] {0.4, 0.5}, new double[] {0.6, 0.7}).inGroup(h))
                                        .reference(XySeries.reference("ref " + h, new double[] {1, 2}, new double[] {0.5, 0.5}))
                                        .build()))
                        .figure(Figure.of("labels", h, h,
                                HeatMapChart.builder(Axis.linear(h), Axis.linear(h), List.of(h, "x"), List.of(h))
                                        .label(h, h, h).label("x", h, "other").build()))
                        .figure(Figure.of("values", h, h,
                                HeatMapChart.builder(Axis.linear(h), Axis.linear(h), List.of(h), List.of(h, "y"))
                                        .value(h, h, 1).value(h, "y", 2).scaleLabel(h).build()))
                        .table(Table.builder("t", h).caption(h).columns(h, "n").row(h, 1.5).build())
                        .build())
                .build();
    }
}
