package io.twinnet.experiments.lab.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.twinnet.core.spec.Precision;
import io.twinnet.experiments.lab.Implementation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sweep was asked to do, written to {@code run.json} when it starts, so {@code --resume}
 * can continue exactly that sweep.
 *
 * @param schemaVersion {@link ResultsStore#SCHEMA_VERSION}
 * @param runId         the run directory's name
 * @param profile       quick or full
 * @param seeds         the seed-count override (0 = the profile's own)
 * @param experiments   the experiment ids, in order
 * @param startedAt     ISO-8601 instant of the first start
 * @param provenance    where and with what it ran
 * @param implementations the implementations run ({@code core}, {@code dl4j}); null or empty = both
 * @param configFilter  a regular expression a configuration id must contain a match of to be run; null = all
 * @param firstSeed     the first run seed ({@code twinnet run --first-seed}); seeds run firstSeed, firstSeed + 1, …;
 *                      null (a manifest written before the option existed) or 0 = 1
 * @param precision     the precision every network computes in ({@code double} or {@code float}); null = double
 * @param sharedInit    true when DL4J starts every training run from the core's initial parameters ({@code --shared-init});
 *                      null (a manifest written before the option existed) or false = each side draws its own. One run
 *                      directory holds one kind: {@code --resume} refuses to change it
 * @param resumes       every {@code --resume} of the sweep, in order (empty or null: never resumed); see {@link Resumption}
 */
public record RunManifest(int schemaVersion, String runId, String profile, int seeds, List<String> experiments,
                          String startedAt, Map<String, Object> provenance, List<String> implementations, String configFilter,
                          Integer firstSeed, String precision, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean sharedInit,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Resumption> resumes) {

    public RunManifest {
        if (firstSeed != null && firstSeed < 0) throw new IllegalArgumentException("firstSeed: must not be negative, got " + firstSeed);
        resumes = resumes == null ? List.of() : List.copyOf(resumes);
    }

    /** A manifest never resumed. */
    public RunManifest(int schemaVersion, String runId, String profile, int seeds, List<String> experiments, String startedAt,
                       Map<String, Object> provenance, List<String> implementations, String configFilter, Integer firstSeed,
                       String precision, Boolean sharedInit) {
        this(schemaVersion, runId, profile, seeds, experiments, startedAt, provenance, implementations, configFilter, firstSeed, precision,
                sharedInit, null);
    }

    /** This manifest with {@code r} appended to its resumptions. */
    public RunManifest resumedBy(Resumption r) {
        List<Resumption> all = new ArrayList<>(resumes);
        all.add(r);
        return new RunManifest(schemaVersion, runId, profile, seeds, experiments, startedAt, provenance, implementations, configFilter,
                firstSeed, precision, sharedInit, all);
    }

    /** A manifest whose sides draw their own initial parameters. */
    public RunManifest(int schemaVersion, String runId, String profile, int seeds, List<String> experiments, String startedAt,
                       Map<String, Object> provenance, List<String> implementations, String configFilter, Integer firstSeed,
                       String precision) {
        this(schemaVersion, runId, profile, seeds, experiments, startedAt, provenance, implementations, configFilter, firstSeed, precision, null);
    }

    /** A manifest in double precision (also how manifests written before the field read). */
    public RunManifest(int schemaVersion, String runId, String profile, int seeds, List<String> experiments, String startedAt,
                       Map<String, Object> provenance, List<String> implementations, String configFilter, Integer firstSeed) {
        this(schemaVersion, runId, profile, seeds, experiments, startedAt, provenance, implementations, configFilter, firstSeed, null);
    }

    /** A manifest whose seeds start at 1, in double precision. */
    public RunManifest(int schemaVersion, String runId, String profile, int seeds, List<String> experiments, String startedAt,
                       Map<String, Object> provenance, List<String> implementations, String configFilter) {
        this(schemaVersion, runId, profile, seeds, experiments, startedAt, provenance, implementations, configFilter, null, null);
    }

    /** The first run seed: 1 unless the sweep was started with {@code --first-seed}. */
    public int firstRunSeed() {
        return firstSeed == null || firstSeed == 0 ? 1 : firstSeed;
    }

    /** A manifest of a sweep over both implementations and every configuration. */
    public RunManifest(int schemaVersion, String runId, String profile, int seeds, List<String> experiments, String startedAt,
                       Map<String, Object> provenance) {
        this(schemaVersion, runId, profile, seeds, experiments, startedAt, provenance, null, null, null, null);
    }

    /** The precision every network of this sweep computes in (double when the manifest names none). */
    public Precision precisionValue() {
        return precision == null ? Precision.DOUBLE : Precision.parse(precision, "precision");
    }

    /** True when DL4J starts every training run from the core's initial parameters (false when the manifest says nothing). */
    public boolean sharedInitValue() {
        return Boolean.TRUE.equals(sharedInit);
    }

    /** The implementations this sweep runs (both when the manifest names none). */
    public Set<Implementation> implementationSet() {
        if (implementations == null || implementations.isEmpty()) return EnumSet.allOf(Implementation.class);
        EnumSet<Implementation> set = EnumSet.noneOf(Implementation.class);
        for (String label : implementations) set.add(Implementation.parse(label));
        return set;
    }
}
