package io.twinnet.experiments.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --no-report} of the commands that finish a sweep: whether RUN_DIR/report/ is rendered at the end. */
final class ReportOption {
    @Option(names = "--no-report", description = "Do not render the HTML/Markdown report at the end.")
    boolean noReport;

    /** The report of {@code dir} rendered ({@link ReportCommand#render}), or null with {@code --no-report}. */
    Path render(Path dir) {
        return noReport ? null : ReportCommand.render(dir);
    }
}
