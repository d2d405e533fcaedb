package io.twinnet.experiments.data;

/** The content of an IDX label file: one unsigned 8-bit label per example. Immutable. */
public final class IdxLabels {
    private final byte[] labels;

    IdxLabels(byte[] labels) {
        this.labels = labels;
    }

    public int count() {
        return labels.length;
    }

    /** Label {@code i} as its unsigned value 0..255. */
    public int label(int i) {
        return labels[i] & 0xff;
    }
}
