package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of statement a claim is, which decides how a disagreement between the sides is read. */
public enum ClaimKind {
    /** A statement from a seed document (a question or an answer), as its author made it. */
    SEED_CLAIM("seed claim"),
    /** A result from a paper: an identity, an expectation or a reported figure. */
    PAPER_IDENTITY("paper identity"),
    /**
     * A property of one implementation rather than of the phenomenon (e.g. bit-identical units,
     * which DL4J's BLAS breaks): the sides may disagree without either being wrong.
     */
    IMPLEMENTATION_FINDING("implementation finding");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
