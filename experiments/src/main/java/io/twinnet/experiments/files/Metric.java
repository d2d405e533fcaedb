package io.twinnet.experiments.files;

import io.twinnet.experiments.lab.Curve;
import io.twinnet.experiments.lab.Run;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Series;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A measurement a claim or figure of a file names: one of the typed keys the recorded probes
 * write ({@link ProbeKind}), a {@link Scalar} or a {@link Curve}. Exactly one is set.
 */
public record Metric(Scalar scalar, Curve curve) {

    public Metric {
        if ((scalar == null) == (curve == null)) throw new IllegalArgumentException("metric: exactly one of scalar and curve");
    }

    public String name() {
        return scalar != null ? scalar.name() : curve.name();
    }

    public boolean isCurve() {
        return curve != null;
    }

    /** The run's final value: the scalar, or the curve's last point (NaN when absent). */
    public double last(Run<FilePoint> run) {
        if (scalar != null) return run.get(scalar);
        Series s = run.get(curve);
        return s == null || s.size() == 0 ? Double.NaN : s.last();
    }

    /** The metrics recorded with {@code probes} (loss and accuracy always), by name. */
    public static Map<String, Metric> available(Collection<ProbeKind> probes) {
        Map<String, Metric> out = new LinkedHashMap<>();
        List<ProbeKind> all = new ArrayList<>(List.of(ProbeKind.LOSS_AND_ACCURACY));
        all.addAll(probes);
        for (ProbeKind p : all) {
            for (Curve c : p.curves()) out.put(c.name(), new Metric(null, c));
            for (Scalar s : p.scalars()) out.put(s.name(), new Metric(s, null));
        }
        return out;
    }

    /** The metric named {@code name} among {@code probes}' keys. */
    public static Optional<Metric> find(String name, Collection<ProbeKind> probes) {
        return Optional.ofNullable(available(probes).get(name));
    }
}
