package io.twinnet.reports.model;

/**
 * A report part was built with a value it cannot hold. The message names the offending field
 * (for example {@code section[relu].table[loss].row[3]}) and says what is wrong with it.
 */
public final class ReportModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ReportModelException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The path of the field that was refused, as it appears at the start of the message. */
    public String field() {
        return field;
    }
}
