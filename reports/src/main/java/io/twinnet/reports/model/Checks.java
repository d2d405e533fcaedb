package io.twinnet.reports.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The validation rules every model part shares: what a text, an id and a list may hold.
 *
 * <p>Texts may hold any character a person can type, markup included (renderers escape it), but
 * no control characters other than tab and line breaks: those cannot be written into XML (SVG)
 * at all. Ids become file names and HTML anchors, so they are restricted to lower-case letters,
 * digits and {@code . _ -}, at most 80 characters, starting with a letter or digit; lower case
 * only, so two ids never collide on a case-insensitive file system.
 */
final class Checks {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

    private Checks() {
    }

    /** A text that may be empty (null counts as empty). */
    static String text(String value, String field) {
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
                    || c == 0xfffe || c == 0xffff;
            if (control) {
                throw new ReportModelException(field, String.format(
                        "contains the control character U+%04X at position %d; remove it", (int) c, i));
            }
        }
        return value;
    }

    /** A text that must hold at least one non-blank character. */
    static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ReportModelException(field, "is missing (it must be a non-blank text)");
        }
        return text(value, field);
    }

    static String id(String value, String field) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new ReportModelException(field, "'" + value + "' is not a valid id: use 1 to 80 characters"
                    + " from a-z, 0-9, '.', '_' and '-', starting with a letter or digit (see Ids.slug)");
        }
        return value;
    }

    static <T> List<T> list(Collection<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new ReportModelException(field + "[" + i + "]", "is null");
            }
            copy.add(value);
            i++;
        }
        return Collections.unmodifiableList(copy);
    }

    /** An insertion-ordered, unmodifiable copy whose keys and values are valid texts. */
    static Map<String, String> textMap(Map<String, String> values, String field, boolean blankValuesAllowed) {
        if (values == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = requiredText(e.getKey(), field + " key");
            String entryField = field + "[" + key + "]";
            String value = blankValuesAllowed ? text(e.getValue(), entryField) : requiredText(e.getValue(), entryField);
            copy.put(key, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    static <T> void uniqueIds(List<T> values, Function<T, String> id, String field) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            String key = id.apply(value);
            if (!seen.add(key)) {
                throw new ReportModelException(field, "the id '" + key + "' is used twice; ids must be unique");
            }
        }
    }
}
