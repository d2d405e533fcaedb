package io.twinnet.experiments.files;

import io.twinnet.experiments.lab.Decision;
import java.util.regex.Pattern;

/**
 * A claim as a file states it: plain words, one statistic from the file vocabulary
 * ({@link ClaimStatistic}) and a decision boundary ({@code atLeast}, {@code below} or
 * {@code within}), judged per implementation by the lab exactly like a catalog claim.
 */
public record FileClaim(String id, String text, ClaimStatistic statistic, Decision decision) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9.]+)*");

    public FileClaim {
        if (id == null || !ID.matcher(id).matches()) throw new IllegalArgumentException("id: '" + id + "' is not kebab-case");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text: is missing");
        if (statistic == null) throw new IllegalArgumentException("statistic: is missing");
        if (decision == null) throw new IllegalArgumentException("decision: is missing");
    }
}
