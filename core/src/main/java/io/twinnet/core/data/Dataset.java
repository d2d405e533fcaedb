package io.twinnet.core.data;

import java.util.Arrays;

/**
 * An in-memory labelled dataset: {@code size} examples, each a row of {@code featureCount}
 * features and a row of {@code labelCount} targets (one-hot for classification), both stored
 * row-major in one flat {@code double[]}. Immutable: accessors hand out the backing arrays
 * read-only by convention (they are never written by the core), and {@link #rows} copies.
 */
public final class Dataset {
    private final String name;
    private final double[] features;
    private final double[] labels;
    private final int size;
    private final int featureCount;
    private final int labelCount;

    private Dataset(String name, double[] features, double[] labels, int size, int featureCount, int labelCount) {
        this.name = name;
        this.features = features;
        this.labels = labels;
        this.size = size;
        this.featureCount = featureCount;
        this.labelCount = labelCount;
    }

    /**
     * Wraps flat row-major arrays (not copied).
     *
     * @throws IllegalArgumentException naming the argument when the lengths do not match or a value is not finite
     */
    public static Dataset of(String name, double[] features, double[] labels, int featureCount, int labelCount) {
        if (featureCount <= 0) throw new IllegalArgumentException("featureCount: must be positive, got " + featureCount);
        if (labelCount <= 0) throw new IllegalArgumentException("labelCount: must be positive, got " + labelCount);
        if (features.length % featureCount != 0) {
            throw new IllegalArgumentException("features: length " + features.length + " is not a multiple of featureCount " + featureCount);
        }
        int size = features.length / featureCount;
        if (labels.length != (long) size * labelCount) {
            throw new IllegalArgumentException("labels: expected " + size + " x " + labelCount + " values, got " + labels.length);
        }
        for (int i = 0; i < features.length; i++) {
            if (!Double.isFinite(features[i])) throw new IllegalArgumentException("features: value " + i + " is " + features[i]);
        }
        for (int i = 0; i < labels.length; i++) {
            if (!Double.isFinite(labels[i])) throw new IllegalArgumentException("labels: value " + i + " is " + labels[i]);
        }
        return new Dataset(name, features, labels, size, featureCount, labelCount);
    }

    public String name() { return name; }
    public int size() { return size; }
    public int featureCount() { return featureCount; }
    public int labelCount() { return labelCount; }

    /** The backing feature array, row-major {@code size × featureCount}; do not modify. */
    public double[] features() { return features; }

    /** The backing label array, row-major {@code size × labelCount}; do not modify. */
    public double[] labels() { return labels; }

    /** The class of example {@code i}: the index of its largest label value. */
    public int classOf(int i) {
        int base = i * labelCount;
        int best = 0;
        for (int k = 1; k < labelCount; k++) {
            if (labels[base + k] > labels[base + best]) best = k;
        }
        return best;
    }

    /** A new dataset holding the given examples, in the given order (copied). */
    public Dataset rows(int[] indices) {
        double[] f = new double[indices.length * featureCount];
        double[] l = new double[indices.length * labelCount];
        for (int r = 0; r < indices.length; r++) {
            int i = indices[r];
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("index " + i + " outside dataset of size " + size);
            System.arraycopy(features, i * featureCount, f, r * featureCount, featureCount);
            System.arraycopy(labels, i * labelCount, l, r * labelCount, labelCount);
        }
        return new Dataset(name, f, l, indices.length, featureCount, labelCount);
    }

    /** Copies the features of the given examples into {@code out} (row-major), for minibatch assembly without allocation. */
    public void gatherFeatures(int[] indices, int from, int count, double[] out) {
        for (int r = 0; r < count; r++) {
            System.arraycopy(features, indices[from + r] * featureCount, out, r * featureCount, featureCount);
        }
    }

    /** Copies the labels of the given examples into {@code out} (row-major). */
    public void gatherLabels(int[] indices, int from, int count, double[] out) {
        for (int r = 0; r < count; r++) {
            System.arraycopy(labels, indices[from + r] * labelCount, out, r * labelCount, labelCount);
        }
    }

    /** A 64-bit FNV-1a hash over the bits of every feature and label, to compare datasets cheaply. */
    public long contentHash() {
        long h = 0xcbf29ce484222325L;
        for (double v : features) h = mix(h, Double.doubleToLongBits(v));
        for (double v : labels) h = mix(h, Double.doubleToLongBits(v));
        return h;
    }

    private static long mix(long h, long bits) {
        for (int b = 0; b < 8; b++) {
            h ^= (bits >>> (8 * b)) & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + size + " x " + featureCount + " -> " + labelCount + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && d.featureCount == featureCount && d.labelCount == labelCount
                && Arrays.equals(d.features, features) && Arrays.equals(d.labels, labels);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(contentHash());
    }
}
