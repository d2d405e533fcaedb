package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;

/**
 * Per-feature centring: each feature j of a reference set (a training subset) has its mean
 * m_j = (1/n) Σ_i x_ij, and {@link #centre} maps any set with the same features to x_ij − m_j. The
 * test set is centred with the training means (as a preprocessing step fitted on the training data
 * only, e.g. scikit-learn's {@code StandardScaler(with_std=False)}), so it is centred only approximately.
 */
public record FeatureMeans(double[] means) {

    public FeatureMeans {
        if (means == null || means.length == 0) throw new IllegalArgumentException("means: is missing");
        for (int j = 0; j < means.length; j++) {
            if (!Double.isFinite(means[j])) throw new IllegalArgumentException("means[" + j + "]: must be finite, got " + means[j]);
        }
        means = means.clone();
    }

    /** The per-feature means of {@code reference} (at least one example). */
    public static FeatureMeans of(Dataset reference) {
        if (reference.size() == 0) throw new IllegalArgumentException("reference: has no examples to take means over");
        int d = reference.featureCount();
        double[] x = reference.features();
        double[] m = new double[d];
        for (int i = 0; i < reference.size(); i++) {
            for (int j = 0; j < d; j++) m[j] += x[i * d + j];
        }
        for (int j = 0; j < d; j++) m[j] /= reference.size();
        return new FeatureMeans(m);
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    /** {@code data} with every feature minus its reference mean; labels unchanged. */
    public Dataset centre(Dataset data) {
        int d = means.length;
        if (data.featureCount() != d) {
            throw new IllegalArgumentException("data: has " + data.featureCount() + " features, the means " + d);
        }
        double[] x = data.features().clone();
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < d; j++) x[i * d + j] -= means[j];
        }
        return Dataset.of(data.name() + " centred per feature", x, data.labels(), d, data.labelCount());
    }
}
