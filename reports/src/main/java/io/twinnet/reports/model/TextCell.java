package io.twinnet.reports.model;

/** A table cell holding text (possibly empty). */
public record TextCell(String text) implements Cell {

    public TextCell {
        text = Checks.text(text, "cell");
    }
}
