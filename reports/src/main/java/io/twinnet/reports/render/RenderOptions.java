package io.twinnet.reports.render;

/**
 * How a report is rendered.
 *
 * @param figureWidth  width of every figure in pixels (SVG user units), at least 200
 * @param figureHeight height of every figure in pixels, at least 150
 * @param png          also write {@code figures/ID.png} beside each SVG (for slides and documents)
 * @param maxHtmlRows  rows of a table shown in the HTML page before it points to the CSV for the
 *                     rest (the CSV always holds every row), at least 1
 */
public record RenderOptions(int figureWidth, int figureHeight, boolean png, int maxHtmlRows) {

    public RenderOptions {
        if (figureWidth < 200 || figureWidth > 4000) {
            throw new IllegalArgumentException("figureWidth: " + figureWidth + " is outside 200..4000 pixels");
        }
        if (figureHeight < 150 || figureHeight > 4000) {
            throw new IllegalArgumentException("figureHeight: " + figureHeight + " is outside 150..4000 pixels");
        }
        if (maxHtmlRows < 1) {
            throw new IllegalArgumentException("maxHtmlRows: " + maxHtmlRows + " must be at least 1");
        }
    }

    /** 760 × 430 figures, SVG only, up to 500 rows per HTML table. */
    public static RenderOptions defaults() {
        return new RenderOptions(760, 430, false, 500);
    }

    public RenderOptions withPng(boolean png) {
        return new RenderOptions(figureWidth, figureHeight, png, maxHtmlRows);
    }

    public RenderOptions withFigureSize(int width, int height) {
        return new RenderOptions(width, height, png, maxHtmlRows);
    }

    public RenderOptions withMaxHtmlRows(int rows) {
        return new RenderOptions(figureWidth, figureHeight, png, rows);
    }
}
