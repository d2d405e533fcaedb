package io.twinnet.experiments.app.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The median: the middle value of the sorted sample, or the mean of the two middle values for an even count. */
public final class Median {
    private Median() {
    }

    public static double of(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("values: the median of nothing is undefined");
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    public static <T> double of(List<T> items, ToDoubleFunction<T> value) {
        return of(items.stream().mapToDouble(value).toArray());
    }
}
