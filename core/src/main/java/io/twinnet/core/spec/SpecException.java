package io.twinnet.core.spec;

/**
 * Thrown when a specification is invalid. The message always starts with the path of the
 * offending field (for example {@code layers[1].nOut}) so a user can find it in a JSON file.
 */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public SpecException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The path of the offending field, e.g. {@code updater.learningRate}. */
    public String field() {
        return field;
    }

    /** Re-throws this exception with {@code prefix + "."} in front of the field path. */
    public SpecException within(String prefix) {
        String p = field.startsWith("[") ? prefix + field : prefix + "." + field;
        SpecException e = new SpecException(p, getMessage().substring(field.length() + 2));
        e.setStackTrace(getStackTrace());
        return e;
    }

    static void require(boolean ok, String field, String problem) {
        if (!ok) throw new SpecException(field, problem);
    }

    static void requireFinite(double v, String field) {
        require(Double.isFinite(v), field, "must be a finite number, got " + v);
    }

    static void requirePositive(double v, String field) {
        require(Double.isFinite(v) && v > 0, field, "must be a positive finite number, got " + v);
    }

    static void requirePositive(int v, String field) {
        require(v > 0, field, "must be a positive integer, got " + v);
    }

    static void requireNonNegative(int v, String field) {
        require(v >= 0, field, "must be zero or positive, got " + v);
    }
}
