package io.twinnet.experiments.app.exchange;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One exportable training run: a network, the data slice it trains on and the minibatches, each an
 * array of row indices into the slice, all of the same size. Built by {@link ExportCases}.
 *
 * @param id          the case's name
 * @param description what it mirrors, in a sentence
 * @param spec        the network (double precision)
 * @param data        the data slice: exactly the examples the batches use
 * @param batches     {@code steps × batch} row indices into {@code data}
 */
public record ExportCase(CaseId id, String description, NetworkSpec spec, Dataset data, int[][] batches) {

    public ExportCase {
        if (spec.precision() != Precision.DOUBLE) throw new IllegalArgumentException("spec: an export case runs in double precision");
        if (batches.length == 0) throw new IllegalArgumentException("batches: an export case needs at least one step");
        int b = batches[0].length;
        int[][] copy = new int[batches.length][];
        for (int s = 0; s < batches.length; s++) {
            if (batches[s].length != b) {
                throw new IllegalArgumentException("batches: step " + s + " has " + batches[s].length + " examples, step 0 has " + b);
            }
            for (int i : batches[s]) {
                if (i < 0 || i >= data.size()) throw new IllegalArgumentException("batches: index " + i + " outside the slice of " + data.size());
            }
            copy[s] = batches[s].clone();
        }
        batches = copy;
    }

    /**
     * The case for the first {@code steps} minibatches of {@code order} over {@code source} (all of them when
     * {@code steps <= 0}): the slice holds the examples those batches use, in order of first use, and the
     * batches are renumbered into it.
     */
    public static ExportCase of(CaseId id, String description, NetworkSpec spec, Dataset source, MinibatchOrder order, int steps) {
        int n = steps <= 0 ? order.size() : Math.min(steps, order.size());
        Map<Integer, Integer> slot = new LinkedHashMap<>();
        int[][] batches = new int[n][];
        for (int s = 0; s < n; s++) {
            int[] b = order.batch(s);
            batches[s] = new int[b.length];
            for (int k = 0; k < b.length; k++) {
                batches[s][k] = slot.computeIfAbsent(b[k], key -> slot.size());
            }
        }
        List<Integer> rows = new ArrayList<>(slot.keySet());
        Dataset slice = source.rows(rows.stream().mapToInt(Integer::intValue).toArray());
        return new ExportCase(id, description, spec, slice, batches);
    }

    public int steps() {
        return batches.length;
    }

    public int batchSize() {
        return batches[0].length;
    }

    /** A copy of the row indices of step {@code s}. */
    public int[] batch(int s) {
        return batches[s].clone();
    }

    @Override
    public int[][] batches() {
        int[][] copy = new int[batches.length][];
        for (int s = 0; s < batches.length; s++) copy[s] = batches[s].clone();
        return copy;
    }

    @Override
    public String toString() {
        return "ExportCase[" + id + ", " + steps() + " steps of " + batchSize() + ", slice " + data.size() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportCase c && c.id.equals(id) && c.spec.equals(spec) && c.data.equals(data)
                && Arrays.deepEquals(c.batches, batches);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
