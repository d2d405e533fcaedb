package io.twinnet.dl4j.inits;

import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.WeightInit;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical parity of weight initialisation: draws weights for a scheme and a layer geometry from the
 * core's initialiser and from DL4J's, and tests each against the documented distribution
 * ({@link DocumentedDistribution}) and the two against each other with the Kolmogorov–Smirnov test
 * (commons-math {@link KolmogorovSmirnovTest}: one-sample against the exact CDF, two-sample between the
 * samples). Exact schemes (zero, ones, constant, identity) are compared value by value instead.
 *
 * <p>Power: with n = 10,000 weights, the 0.001 critical value of the one-sample D is about 1.95/√n ≈ 0.0195,
 * while a standard deviation off by √2 moves the normal CDF by D ≈ 0.083 and a uniform bound off by √2 by
 * D ≈ 0.146, so such an error is rejected with certainty ({@code InitDistributionCheckerTest} shows it).
 *
 * <p>A sample of n weights is made of whole layers drawn with seeds {@code seed, seed+1, …} and cut to n.
 */
public final class InitDistributionChecker {
    /** The significance level of the checks: a scheme passes when every p-value exceeds it. */
    public static final double DEFAULT_ALPHA = 0.001;
    /** Weights per implementation, scheme and geometry by default. */
    public static final int DEFAULT_SAMPLES = 10_000;

    private final WeightSampler core;
    private final WeightSampler dl4j;

    /**
     * @param core the core's initialiser
     * @param dl4j DL4J's initialiser (normally a {@link Dl4jWeightSampler})
     */
    public InitDistributionChecker(WeightSampler core, WeightSampler dl4j) {
        if (core == null) throw new IllegalArgumentException("core: sampler is missing");
        if (dl4j == null) throw new IllegalArgumentException("dl4j: sampler is missing");
        this.core = core;
        this.dl4j = dl4j;
    }

    /** The core's initialisers against DL4J's. */
    public static InitDistributionChecker coreAgainstDl4j() {
        return new InitDistributionChecker(new CoreWeightSampler(), new Dl4jWeightSampler());
    }

    /**
     * Every default scheme on every default geometry ({@link #defaultInits()}, {@link #defaultGeometries()}), with
     * {@code samples} weights per side, summarised at {@link #DEFAULT_ALPHA}.
     */
    public InitReport runDefaults(int samples, long seed) {
        return InitReport.of(samples, seed, DEFAULT_ALPHA, checkAll(defaultInits(), defaultGeometries(), samples, seed));
    }

    /** The schemes checked by default: every scheme, with the seeds' explicit distributions and a constant. */
    public static List<WeightInit> defaultInits() {
        List<WeightInit> inits = new ArrayList<>();
        for (InitScheme s : InitScheme.values()) {
            switch (s) {
                case NORMAL_DISTRIBUTION -> {
                    inits.add(WeightInit.normal(0, 0.01));
                    inits.add(WeightInit.normal(0, 0.1));
                    inits.add(WeightInit.normal(0, 1));
                }
                case UNIFORM_DISTRIBUTION -> {
                    inits.add(WeightInit.uniform(-1, 1));
                    inits.add(WeightInit.uniform(-0.5, 0.5));
                }
                case CONSTANT -> inits.add(WeightInit.constant(0.5));
                default -> inits.add(WeightInit.of(s));
            }
        }
        return List.copyOf(inits);
    }

    /**
     * Layer geometries checked by default: the MNIST MLP's layers, DESIGN.md's measured 400×100, a square
     * 64×64 (identity applies), and three convolutions with conv-like fan numbers (a 5×5 first layer,
     * a strided 3×3 whose fan-out is not nIn-like, and a square 8→8 3×3 where identity applies).
     */
    public static List<LayerGeometry> defaultGeometries() {
        return List.of(LayerGeometry.dense(784, 100), LayerGeometry.dense(400, 100), LayerGeometry.dense(100, 10),
                LayerGeometry.dense(64, 64), LayerGeometry.conv(1, 8, 5, 1), LayerGeometry.conv(16, 32, 3, 2),
                LayerGeometry.conv(8, 8, 3, 1));
    }

    /** Every applicable (init, geometry) pair; identity is skipped on geometries that are not square. */
    public List<InitCheck> checkAll(List<WeightInit> inits, List<LayerGeometry> geometries, int samples, long seed) {
        List<InitCheck> out = new ArrayList<>();
        for (WeightInit init : inits) {
            for (LayerGeometry g : geometries) {
                if (init.scheme() == InitScheme.IDENTITY && !g.admitsIdentity()) continue;
                out.add(check(init, g, samples, seed));
            }
        }
        return out;
    }

    /**
     * Checks one scheme on one geometry with {@code samples} weights per implementation (random schemes;
     * exact schemes are checked on one whole layer).
     */
    public InitCheck check(WeightInit init, LayerGeometry geometry, int samples, long seed) {
        if (samples < 2) throw new IllegalArgumentException("samples: need at least 2, got " + samples);
        if (init.scheme() == InitScheme.IDENTITY && !geometry.admitsIdentity()) {
            throw new IllegalArgumentException("geometry: identity init needs a square layer, got " + geometry.name());
        }
        DocumentedDistribution doc = DocumentedDistribution.of(init, geometry.fanIn(), geometry.fanOut());
        boolean exact = !doc.random();
        int n = exact ? geometry.count() : samples;
        double[] c = sample(core, init, geometry, n, seed);
        double[] d = sample(dl4j, init, geometry, n, seed);
        KsOutcome cDoc = null;
        KsOutcome dDoc = null;
        KsOutcome cd = null;
        long cMis = 0;
        long dMis = 0;
        if (exact) {
            double[] expected = exactValues(doc, init, geometry);
            cMis = mismatches(c, expected);
            dMis = mismatches(d, expected);
        } else {
            KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest(new Well19937c(seed));
            cDoc = oneSample(ks, doc, c);
            dDoc = oneSample(ks, doc, d);
            cd = new KsOutcome(ks.kolmogorovSmirnovStatistic(c, d), clamp(ks.kolmogorovSmirnovTest(c, d)));
        }
        return new InitCheck(init.toString(), geometry.name(), geometry.fanIn(), geometry.fanOut(), n, doc.describe(), exact,
                cDoc, dDoc, cd, doc.standardDeviation(), std(c), std(d),
                maxDeviation(c, doc.location()), maxDeviation(d, doc.location()), cMis, dMis);
    }

    /**
     * The KS test of {@code sample} against the documented distribution {@code doc} (which must be random).
     * Public so tests can apply the very same check to other samplers.
     */
    public static KsOutcome againstDocumented(DocumentedDistribution doc, double[] sample, long seed) {
        return oneSample(new KolmogorovSmirnovTest(new Well19937c(seed)), doc, sample);
    }

    private static KsOutcome oneSample(KolmogorovSmirnovTest ks, DocumentedDistribution doc, double[] x) {
        var dist = doc.realDistribution();
        return new KsOutcome(ks.kolmogorovSmirnovStatistic(dist, x), clamp(ks.kolmogorovSmirnovTest(dist, x)));
    }

    /** {@code n} weights: whole layers drawn with seeds {@code seed, seed+1, …}, concatenated and cut to n. */
    public static double[] sample(WeightSampler sampler, WeightInit init, LayerGeometry geometry, int n, long seed) {
        double[] out = new double[n];
        int filled = 0;
        for (long s = seed; filled < n; s++) {
            double[] layer = sampler.draw(init, geometry, s);
            if (layer.length != geometry.count()) {
                throw new IllegalStateException(sampler + " drew " + layer.length + " weights for " + geometry.name()
                        + ", expected " + geometry.count());
            }
            int take = Math.min(layer.length, n - filled);
            System.arraycopy(layer, 0, out, filled, take);
            filled += take;
        }
        return out;
    }

    /** The documented values of an exact scheme, row-major over the geometry's shape. */
    static double[] exactValues(DocumentedDistribution doc, WeightInit init, LayerGeometry g) {
        double[] v = new double[g.count()];
        if (doc.kind() == DocumentedDistribution.Kind.CONSTANT) {
            java.util.Arrays.fill(v, init.value());
            return v;
        }
        List<Integer> s = g.shape();
        if (s.size() == 2) {
            int cols = s.get(1);
            for (int i = 0; i < s.get(0); i++) v[i * cols + i] = 1;
        } else {
            int nIn = s.get(1);
            int kh = s.get(2);
            int kw = s.get(3);
            for (int o = 0; o < s.get(0); o++) v[((o * nIn + o) * kh + kh / 2) * kw + kw / 2] = 1;
        }
        return v;
    }

    private static long mismatches(double[] got, double[] expected) {
        long m = 0;
        for (int i = 0; i < got.length; i++) if (got[i] != expected[i]) m++;
        return m;
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    static double std(double[] x) {
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss / (x.length - 1));
    }

    private static double maxDeviation(double[] x, double location) {
        double m = 0;
        for (double v : x) m = Math.max(m, Math.abs(v - location));
        return m;
    }
}
