package io.twinnet.reports.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Ids name sections, claims, tables and figures. They become file names ({@code tables/ID.csv},
 * {@code figures/ID.svg}) and HTML anchors, hence the narrow alphabet: 1 to 80 characters from
 * {@code a-z 0-9 . _ -}, starting with a letter or digit.
 */
public final class Ids {

    private Ids() {
    }

    /** Whether {@code id} is a valid id as it stands. */
    public static boolean isValid(String id) {
        return id != null && Checks.ID.matcher(id).matches();
    }

    /**
     * A valid id made from any label: accents dropped, lower-cased, every run of other characters
     * turned into one {@code -}, cut to 80 characters. A label with nothing usable gives {@code "x"}.
     * Example: {@code "U[-1,1], lr 1e-2"} gives {@code "u-1-1-lr-1e-2"}.
     */
    public static String slug(String label) {
        String plain = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean pendingDash = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
            if (keep) {
                if (pendingDash && out.length() > 0) {
                    out.append('-');
                }
                pendingDash = false;
                out.append(c);
            } else {
                pendingDash = true;
            }
        }
        String slug = out.toString().replaceAll("^[._]+", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80);
        }
        return slug.isEmpty() ? "x" : slug;
    }
}
