package io.twinnet.experiments.data;

import io.twinnet.core.data.Dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded subset of a labelled dataset that keeps its class proportions (stratified sampling
 * with proportional allocation), for the quick profile's MNIST subsets. Computed once and
 * applied to the core's data; the same indices pick the same examples for DL4J.
 *
 * <p>Allocation, by the largest-remainder (Hamilton) method: class {@code k} with
 * {@code n_k} of the {@code N} examples has the quota {@code q_k = size · n_k / N}; it gets
 * {@code floor(q_k)} examples, and the {@code size − Σ floor(q_k)} examples left over go one
 * each to the classes with the largest fractional parts of {@code q_k} (ties to the smaller
 * class index). So every class gets {@code floor(q_k)} or {@code ceil(q_k)} examples.
 *
 * <p>Selection: within each class (in class order), a uniform sample without replacement drawn
 * by a partial Fisher–Yates shuffle of that class's indices with one {@link SplittableRandom}
 * seeded with {@code seed}. The indices are returned in ascending order, so the subset carries
 * no order of its own: the minibatch order ({@code MinibatchOrder}) decides that.
 *
 * <p>{@link #perClass} draws a balanced subset instead: the same number of examples of every class.
 */
public final class StratifiedSubset {
    private final int[] indices;
    private final int[] perClass;
    private final long seed;

    private StratifiedSubset(int[] indices, int[] perClass, long seed) {
        this.indices = indices;
        this.perClass = perClass;
        this.seed = seed;
    }

    /** A subset of {@code size} examples of {@code data}, stratified by {@link Dataset#classOf class}. */
    public static StratifiedSubset draw(Dataset data, int size, long seed) {
        int[] classes = new int[data.size()];
        for (int i = 0; i < classes.length; i++) classes[i] = data.classOf(i);
        return draw(classes, data.labelCount(), size, seed);
    }

    /**
     * A subset of {@code size} of the examples whose classes are {@code classes[i]} (each in
     * {@code [0, classCount)}), stratified by class.
     */
    public static StratifiedSubset draw(int[] classes, int classCount, int size, long seed) {
        if (classCount <= 0) throw new IllegalArgumentException("classCount: must be positive, got " + classCount);
        if (size <= 0 || size > classes.length) {
            throw new IllegalArgumentException("size: must lie in [1, " + classes.length + "], got " + size);
        }
        return sample(classes, allocate(members(classes, classCount), classes.length, size), seed);
    }

    private static List<List<Integer>> members(int[] classes, int classCount) {
        List<List<Integer>> members = new ArrayList<>();
        for (int k = 0; k < classCount; k++) members.add(new ArrayList<>());
        for (int i = 0; i < classes.length; i++) {
            int k = classes[i];
            if (k < 0 || k >= classCount) throw new IllegalArgumentException("classes[" + i + "]: " + k + " outside [0, " + classCount + ")");
            members.get(k).add(i);
        }
        return members;
    }

    /** Draws {@code take[k]} examples of each class {@code k} (partial Fisher–Yates per class, one generator). */
    private static StratifiedSubset sample(int[] classes, int[] take, long seed) {
        int classCount = take.length;
        List<List<Integer>> members = members(classes, classCount);
        SplittableRandom rng = new SplittableRandom(seed);
        int[] chosen = new int[Arrays.stream(take).sum()];
        int next = 0;
        for (int k = 0; k < classCount; k++) {
            int[] pool = members.get(k).stream().mapToInt(Integer::intValue).toArray();
            for (int j = 0; j < take[k]; j++) { // partial Fisher–Yates: pool[0..j] is the sample
                int r = j + rng.nextInt(pool.length - j);
                int t = pool[j];
                pool[j] = pool[r];
                pool[r] = t;
                chosen[next++] = pool[j];
            }
        }
        Arrays.sort(chosen);
        return new StratifiedSubset(chosen, take.clone(), seed);
    }

    /** Largest-remainder allocation of {@code size} over the classes, proportional to their sizes. */
    private static int[] allocate(List<List<Integer>> members, int total, int size) {
        int classCount = members.size();
        int[] take = new int[classCount];
        long[] remainder = new long[classCount];
        int assigned = 0;
        for (int k = 0; k < classCount; k++) {
            long numerator = (long) size * members.get(k).size();
            take[k] = (int) (numerator / total);
            remainder[k] = numerator % total;
            assigned += take[k];
        }
        Integer[] order = new Integer[classCount];
        for (int k = 0; k < classCount; k++) order[k] = k;
        Arrays.sort(order, Comparator.<Integer>comparingLong(k -> -remainder[k]).thenComparingInt(k -> k));
        for (int j = 0; assigned < size; j++, assigned++) take[order[j]]++;
        return take;
    }

    /**
     * A balanced subset: {@code perClass} examples of every class of {@code data} (fewer for a
     * class that has fewer), each class sampled as in {@link #draw(int[], int, int, long)}.
     */
    public static StratifiedSubset perClass(Dataset data, int perClass, long seed) {
        if (perClass <= 0) throw new IllegalArgumentException("perClass: must be positive, got " + perClass);
        int[] classes = new int[data.size()];
        int[] available = new int[data.labelCount()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = data.classOf(i);
            available[classes[i]]++;
        }
        int[] take = new int[available.length];
        for (int k = 0; k < take.length; k++) take[k] = Math.min(perClass, available[k]);
        return sample(classes, take, seed);
    }

    /** Shorthand for {@code perClass(data, perClass, seed).indices()}: ascending indices of a balanced subset. */
    public static int[] indices(Dataset data, int perClass, long seed) {
        return perClass(data, perClass, seed).indices();
    }

    /** The chosen example indices, ascending (a copy). */
    public int[] indices() {
        return indices.clone();
    }

    public int size() {
        return indices.length;
    }

    /** How many examples of class {@code k} the subset holds. */
    public int countOfClass(int k) {
        return perClass[k];
    }

    public long seed() {
        return seed;
    }

    /** The chosen examples of {@code data} (which must be the dataset the subset was drawn from), in ascending index order. */
    public Dataset applyTo(Dataset data) {
        return data.rows(indices);
    }
}
