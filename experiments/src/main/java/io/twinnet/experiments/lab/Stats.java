package io.twinnet.experiments.lab;

/** Small numerical summaries used by the experiments' measurements. */
public final class Stats {
    private Stats() {
    }

    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** Population standard deviation √(mean((x − mean)²)). */
    public static double std(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return v.length == 0 ? Double.NaN : Math.sqrt(s / v.length);
    }

    /** Root mean square √(mean(x²)). */
    public static double rms(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return v.length == 0 ? Double.NaN : Math.sqrt(s / v.length);
    }

    /** Euclidean norm. */
    public static double norm(double[] v, int from, int length) {
        double s = 0;
        for (int i = from; i < from + length; i++) s += v[i] * v[i];
        return Math.sqrt(s);
    }

    public static double norm(double[] v) {
        return norm(v, 0, v.length);
    }

    /** True when every value is finite. */
    public static boolean allFinite(double[] v) {
        for (double x : v) if (!Double.isFinite(x)) return false;
        return true;
    }

    /** The median of the finite values, or NaN when there are none. */
    public static double median(double[] v) {
        double[] f = java.util.Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) return Double.NaN;
        return f.length % 2 == 1 ? f[f.length / 2] : 0.5 * (f[f.length / 2 - 1] + f[f.length / 2]);
    }

    /** Fraction of correct arg-max predictions. */
    public static double accuracy(double[] outputs, double[] labels, int batch, int classes) {
        int correct = 0;
        for (int r = 0; r < batch; r++) {
            int base = r * classes;
            int p = 0;
            int t = 0;
            for (int k = 1; k < classes; k++) {
                if (outputs[base + k] > outputs[base + p]) p = k;
                if (labels[base + k] > labels[base + t]) t = k;
            }
            if (p == t) correct++;
        }
        return batch == 0 ? Double.NaN : (double) correct / batch;
    }
}
