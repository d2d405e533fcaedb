package io.twinnet.reports.render;

import io.twinnet.reports.model.Figure;
import io.twinnet.reports.model.Table;

/**
 * Where {@link ReportRenderer} puts each file, relative to the report directory (always with
 * {@code /}, as the HTML and Markdown links need):
 * <pre>
 * index.html            the report page (inline CSS, no script)
 * summary.md            claims, verdicts and links, in Markdown
 * report.json           the whole model (ReportJson), re-readable
 * claims.csv            every claim with each implementation's verdict
 * tables/ID.csv         every table, whole
 * figures/ID.svg        every figure
 * figures/ID.csv        the data drawn in it
 * figures/ID.png        the figure as PNG, when RenderOptions.png() is set
 * </pre>
 */
public final class ReportLayout {

    public static final String INDEX = "index.html";
    public static final String SUMMARY = "summary.md";
    public static final String JSON = "report.json";
    public static final String CLAIMS_CSV = "claims.csv";
    public static final String TABLES_DIR = "tables";
    public static final String FIGURES_DIR = "figures";

    private ReportLayout() {
    }

    public static String tableCsv(Table table) {
        return TABLES_DIR + "/" + table.id() + ".csv";
    }

    public static String figureSvg(Figure figure) {
        return FIGURES_DIR + "/" + figure.id() + ".svg";
    }

    public static String figurePng(Figure figure) {
        return FIGURES_DIR + "/" + figure.id() + ".png";
    }

    public static String figureCsv(Figure figure) {
        return FIGURES_DIR + "/" + figure.id() + ".csv";
    }
}
