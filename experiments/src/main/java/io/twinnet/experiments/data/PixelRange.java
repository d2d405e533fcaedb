package io.twinnet.experiments.data;

import com.fasterxml.jackson.annotation.JsonValue;
import io.twinnet.core.data.Dataset;

/**
 * The range MNIST's pixels are presented in. The loaders give x = pixel/255 ∈ [0, 1] (non-negative,
 * mean ≈ 0.13); {@link #SYMMETRIC} maps every feature by x ↦ 2x − 1 onto [−1, 1], the range seed 003's
 * third answer assumes ("for data scaled from [-1, 1]") and the experiment files' {@code centred: true}.
 * The labels are unchanged.
 */
public enum PixelRange {
    /** x as loaded, in [0, 1]. */
    UNIT("[0, 1]"),
    /** 2x − 1, in [−1, 1]. */
    SYMMETRIC("[-1, 1]");

    private final String interval;

    PixelRange(String interval) {
        this.interval = interval;
    }

    /** The interval, as the setup texts write it: "[0, 1]" or "[-1, 1]". */
    public String interval() {
        return interval;
    }

    /** The name in configuration parameters: "unit" or "symmetric". */
    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code data} in this range: itself for {@link #UNIT}; a copy with every feature 2x − 1, named "… in [-1, 1]", for {@link #SYMMETRIC}. */
    public Dataset apply(Dataset data) {
        if (this == UNIT) return data;
        double[] f = data.features().clone();
        for (int i = 0; i < f.length; i++) f[i] = 2 * f[i] - 1;
        return Dataset.of(data.name() + " in " + interval, f, data.labels(), data.featureCount(), data.labelCount());
    }
}
