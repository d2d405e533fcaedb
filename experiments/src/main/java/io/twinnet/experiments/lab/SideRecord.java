package io.twinnet.experiments.lab;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.TreeMap;
import java.util.Map;

/**
 * What one implementation measured in one run.
 *
 * @param status         ok, diverged or failed
 * @param divergedAtStep the SGD step at which a NaN/Inf appeared, or -1
 * @param failure        the error message of a failed run, or null
 * @param scalars        named measurements (final accuracy, gradient norms, ...)
 * @param series         named curves (loss against step, activation std against depth, ...)
 * @param seconds        wall time of this side: a timing, not written with the record (see {@link RunTiming})
 */
public record SideRecord(RunStatus status, long divergedAtStep, String failure, Map<String, Double> scalars,
                         Map<String, Series> series, @JsonIgnore double seconds) {

    public SideRecord {
        if (status == null) throw new IllegalArgumentException("status: is missing");
        scalars = Collections.unmodifiableMap(new TreeMap<>(scalars == null ? Map.of() : scalars));
        series = Collections.unmodifiableMap(new TreeMap<>(series == null ? Map.of() : series));
    }

    public static SideRecord failed(String message, double seconds) {
        return new SideRecord(RunStatus.FAILED, -1, message, Map.of(), Map.of(), seconds);
    }

    /** The record of an implementation the sweep did not run ({@code --impl}), with a message that says why. */
    public static SideRecord notRun(String why) {
        return new SideRecord(RunStatus.NOT_RUN, -1, why, Map.of(), Map.of(), 0);
    }

    /** What a trial measured, with its status. */
    public static SideRecord of(RunStatus status, long divergedAtStep, Measurements m, double seconds) {
        return new SideRecord(status, divergedAtStep, null, m.scalars(), m.curves(), seconds);
    }

    /** This side with another wall time. */
    public SideRecord withSeconds(double seconds) {
        return new SideRecord(status, divergedAtStep, failure, scalars, series, seconds);
    }

    /** A measurement (NaN when this side did not record it). */
    public double get(Scalar key) {
        return scalarOr(key.name(), Double.NaN);
    }

    /** A curve, or null when this side did not record it. */
    public Series get(Curve key) {
        return series.get(key.name());
    }

    /** A scalar that must be present (NaN when it was recorded as not finite). */
    public double scalar(String name) {
        Double v = scalars.get(name);
        if (v == null) throw new IllegalStateException("no scalar '" + name + "' in this record");
        return v;
    }

    public double scalarOr(String name, double fallback) {
        Double v = scalars.get(name);
        return v == null ? fallback : v;
    }

    public Series seriesOrNull(String name) {
        return series.get(name);
    }

    public boolean ok() {
        return status == RunStatus.FINISHED;
    }
}
