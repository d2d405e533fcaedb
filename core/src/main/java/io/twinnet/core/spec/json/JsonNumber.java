package io.twinnet.core.spec.json;

/** A JSON number kept as its literal text, so integers (seeds) and doubles are both read exactly. */
record JsonNumber(String literal) {
    boolean isInteger() {
        return literal.matches("-?\\d+");
    }
}
