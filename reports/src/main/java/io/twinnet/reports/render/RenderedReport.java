package io.twinnet.reports.render;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a render wrote, as absolute paths (see {@link ReportLayout} for the layout).
 *
 * @param directory the report directory
 * @param index     index.html
 * @param summary   summary.md
 * @param json      report.json
 * @param claims    claims.csv
 * @param tables    tables/ID.csv, in report order
 * @param figures   figures/ID.svg (and .csv, and .png when asked), in report order
 */
public record RenderedReport(Path directory, Path index, Path summary, Path json, Path claims, List<Path> tables,
                             List<Path> figures) {

    public RenderedReport {
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }
}
