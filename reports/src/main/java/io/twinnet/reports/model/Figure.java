package io.twinnet.reports.model;

/**
 * A chart with its title and caption. Rendered as {@code figures/ID.svg} (its data as
 * {@code figures/ID.csv}) and shown in the HTML report with the caption under it.
 *
 * @param id      unique among the report's figures (see {@link Ids}); the files' name
 * @param title   drawn above the chart and repeated in the caption
 * @param caption what the reader should see in the chart, empty when there is none
 * @param chart   what is drawn
 */
public record Figure(String id, String title, String caption, Chart chart) {

    public Figure {
        id = Checks.id(id, "figure.id");
        String field = "figure[" + id + "]";
        title = Checks.requiredText(title, field + ".title");
        caption = Checks.text(caption, field + ".caption");
        if (chart == null) {
            throw new ReportModelException(field + ".chart", "is missing");
        }
    }

    public static Figure of(String id, String title, String caption, Chart chart) {
        return new Figure(id, title, caption, chart);
    }
}
