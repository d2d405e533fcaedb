package io.twinnet.experiments.app.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one run of an experiment (an export case, a run to replay): {@code EXPERIMENT/CONFIG[#SEED]}, e.g. {@code relu-init-range/relu-he-lr0.01#1}.
 * The seed defaults to 1 (the first seed of every sweep).
 *
 * @param family the experiment (or case family) id
 * @param config the configuration id inside it
 * @param seed   the seed
 */
public record CaseId(String family, String config, long seed) {
    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9._=-]+)/([A-Za-z0-9._=-]+)(?:#(-?[0-9]+))?");

    /** Parses {@code EXPERIMENT/CONFIG[#SEED]}; the message of the exception says what is wrong. */
    public static CaseId parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not of the form EXPERIMENT/CONFIG[#SEED], e.g. relu-init-range/relu-he-lr0.01#1");
        }
        long seed;
        try {
            seed = m.group(3) == null ? 1 : Long.parseLong(m.group(3));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': the seed after # is not a 64-bit integer");
        }
        return new CaseId(m.group(1), m.group(2), seed);
    }

    @Override
    public String toString() {
        return family + "/" + config + "#" + seed;
    }
}
