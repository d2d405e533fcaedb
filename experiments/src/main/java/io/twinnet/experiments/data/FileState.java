package io.twinnet.experiments.data;

/** The state of one MNIST file in the directory DL4J reads. */
public enum FileState {
    /** Present, a regular file, and its Adler-32 checksum equals DL4J's. */
    VALID,
    /** Not there. */
    MISSING,
    /** There, but not a regular file, unreadable, or with a checksum that differs from DL4J's. */
    CORRUPT;

    /** Lower-case name for reports and JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
