package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.app.report.ResultsReport;
import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import io.twinnet.reports.render.RenderedReport;
import io.twinnet.reports.render.ReportRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code twinnet report RUN_DIR}: renders a run's results.json into RUN_DIR/report/ (index.html, summary.md, CSV, SVG). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render RUN_DIR/results.json as a report in RUN_DIR/report/ (index.html, summary.md, CSV tables, SVG figures).")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by 'twinnet run'.")
    Path runDir;

    @Override
    public Integer call() {
        Path index = render(runDir);
        DamagedRecords.print(new ResultsStore(runDir), spec.commandLine().getErr(), "twinnet report",
                "left as results.json has it; 'twinnet run --resume --out " + runDir + "' computes it again");
        spec.commandLine().getOut().println("report: " + index);
        return 0;
    }

    /** Renders the report of {@code runDir} and returns the path of its index.html. */
    static Path render(Path runDir) {
        ResultsStore store = new ResultsStore(runDir);
        ResultsDocument doc = RunDirectory.results(store, "RUN_DIR");
        try {
            RenderedReport rendered = ReportRenderer.render(ResultsReport.build(doc), store.dir().resolve("report"));
            return rendered.index();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + store.dir().resolve("report") + ": " + e.getMessage(), e);
        }
    }
}
