package io.twinnet.experiments.files;

/**
 * A problem in an experiment file, located: the file, the line (1-based; 0 when the problem is not
 * at one place, e.g. an unreadable file) and the field path ({@code grid.lr.values[1]}). The message
 * reads {@code FILE:LINE: FIELD: what was expected, and what was found}.
 */
public final class ExperimentFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String field;

    public ExperimentFileException(String file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field == null ? "" : field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The field path, e.g. {@code network.layers[0].nOut}; empty for the document as a whole. */
    public String field() {
        return field;
    }
}
