/**
 * Turns a report into files: {@link io.twinnet.reports.render.ReportRenderer#render} writes
 * index.html, summary.md, report.json, claims.csv, tables/*.csv and figures/*.svg (layout in
 * {@link io.twinnet.reports.render.ReportLayout}); charts are drawn headless by JFreeChart into
 * SVG through JFreeSVG ({@link io.twinnet.reports.render.ChartRenderer}). Same report, same bytes.
 */
package io.twinnet.reports.render;
