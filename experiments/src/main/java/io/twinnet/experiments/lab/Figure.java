package io.twinnet.experiments.lab;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A figure an experiment declares: one recorded {@link Curve} drawn for the points it includes,
 * one colour per series group (e.g. per configuration) with the implementations in one chart
 * (core solid, DL4J dashed), the median over seeds with a min–max band, and optionally a
 * reference curve (the theory) recorded beside it.
 *
 * @param id        file-name-safe id, unique within the experiment
 * @param title     the figure's title
 * @param curve     the measured curve
 * @param include   which points are drawn
 * @param series    the legend label (and colour) of a point's series
 * @param logX      logarithmic x axis
 * @param logY      logarithmic y axis
 * @param reference a theory curve recorded by the same runs, or null
 */
public record Figure<P extends GridPoint>(String id, String title, Curve curve, Predicate<? super P> include,
                                          Function<? super P, String> series, boolean logX, boolean logY, Curve reference) {

    public Figure {
        if (id == null || !id.matches("[a-z0-9-]+")) throw new IllegalArgumentException("id: '" + id + "' is not kebab-case");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title: is missing for " + id);
        if (curve == null) throw new IllegalArgumentException("curve: is missing for " + id);
        if (include == null) include = p -> true;
        if (series == null) series = GridPoint::id;
    }

    /** A figure of {@code curve} over every point, one series per point, linear axes. */
    public static <P extends GridPoint> Figure<P> of(String id, String title, Curve curve) {
        return new Figure<>(id, title, curve, p -> true, GridPoint::id, false, false, null);
    }

    public Figure<P> only(Predicate<? super P> which) {
        return new Figure<>(id, title, curve, which, series, logX, logY, reference);
    }

    public Figure<P> seriesBy(Function<? super P, String> label) {
        return new Figure<>(id, title, curve, include, label, logX, logY, reference);
    }

    public Figure<P> withLogY() {
        return new Figure<>(id, title, curve, include, series, logX, true, reference);
    }

    public Figure<P> withLogX() {
        return new Figure<>(id, title, curve, include, series, true, logY, reference);
    }

    public Figure<P> withReference(Curve theory) {
        return new Figure<>(id, title, curve, include, series, logX, logY, theory);
    }
}
