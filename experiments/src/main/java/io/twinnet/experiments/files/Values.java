package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;

/** Equality of file values as a reader means it: numbers by value (1 and 1.0 alike), everything else by structure. */
final class Values {
    private Values() {
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) return a == b;
        if (a.isNumber() && b.isNumber()) return a.doubleValue() == b.doubleValue();
        return a.equals(b);
    }
}
