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
 * <p>A run's p-values are judged as one family with Holm's correction at the family-wise level
 * {@link #DEFAULT_FAMILY_ALPHA} ({@link InitReport}); every check, sampler and layer draws from its own stream
 * ({@link CheckSeeds}), so the tests are not copies of one another.
 *
 * <p>Power. The default family has m = 294 p-values, so the strictest Holm threshold is α/m = 0.01/294 ≈ 3.4e-5.
 * By the asymptotic tail P(D &gt; d) ≈ 2·exp(−2 n d²) of the one-sample statistic (Kolmogorov 1933; Smirnov 1948)
 * that threshold corresponds to d ≈ √(ln(2m/α)/(2n)) = 2.34/√n, 0.0234 at n = 10,000 (×√2 for the two-sample D
 * of two samples of n). A standard deviation off by √2 moves the normal CDF by D = max|Φ(x) − Φ(x/√2)| ≈ 0.083
 * and a uniform bound off by √2 by D = (1 − 1/√2)/2 ≈ 0.146, so the ×√2 controls are rejected at any n above
 * about 2.34²/0.083² ≈ 800 plus the sample's own spread; the tests use 3,000 and the command 10,000.
 *
 * <p>A sample of n weights is made of whole layers drawn with the layer seeds of {@link CheckSeeds#layer}, cut to n.
 */
public final class InitDistributionChecker {
    /** The family-wise significance level α of a run: the chance that correct initialisers fail a run is at most α. */
    public static final double DEFAULT_FAMILY_ALPHA = 0.01;
    /** Weights per implementation, scheme and geometry by default. */
    public static final int DEFAULT_SAMPLES = 10_000;
    /** The factor of the control samplers: every weight ×√2. */
    public static final double CONTROL_FACTOR = Math.sqrt(2);

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
     * {@code samples} weights per side, judged as one family at {@code familyWiseAlpha}.
     */
    public InitReport runDefaults(int samples, long seed, double familyWiseAlpha) {
        return run(defaultInits(), defaultGeometries(), samples, seed, familyWiseAlpha);
    }

    /**
     * Every applicable pair of {@code inits} and {@code geometries} ({@link #checkAll}), judged as one Holm family at
     * {@code familyWiseAlpha}, with the controls of {@link #controls} on the first geometry.
     */
    public InitReport run(List<WeightInit> inits, List<LayerGeometry> geometries, int samples, long seed, double familyWiseAlpha) {
        List<InitCheck> checks = checkAll(inits, geometries, samples, seed);
        double threshold = familyWiseAlpha / Math.max(1, InitReport.familySize(checks));
        return InitReport.of(samples, seed, familyWiseAlpha, checks, controls(inits, geometries.get(0), samples, seed, threshold));
    }

    /**
     * The controls: for every random scheme of {@code inits} on {@code geometry}, this checker's core sampler and
     * then its DL4J sampler, each with every weight ×{@link #CONTROL_FACTOR}, tested against the documented
     * distribution, each from its own stream ({@link CheckSeeds#control}), rejected at p &le; {@code threshold}.
     */
    public List<ControlCheck> controls(List<WeightInit> inits, LayerGeometry geometry, int samples, long seed, double threshold) {
        List<ControlCheck> out = new ArrayList<>();
        WeightSampler[] wrong = {core.scaledBy(CONTROL_FACTOR), dl4j.scaledBy(CONTROL_FACTOR)};
        String[] names = {core + " ×" + String.format(java.util.Locale.ROOT, "%.6g", CONTROL_FACTOR),
                dl4j + " ×" + String.format(java.util.Locale.ROOT, "%.6g", CONTROL_FACTOR)};
        int k = 0;
        for (WeightInit init : inits) {
            DocumentedDistribution doc = DocumentedDistribution.of(init, geometry.fanIn(), geometry.fanOut());
            if (!doc.random()) continue;
            for (int side = CheckSeeds.CORE; side <= CheckSeeds.DL4J; side++) {
                long c = CheckSeeds.control(seed, k++);
                double[] w = sample(wrong[side], init, geometry, samples, CheckSeeds.stream(c, side));
                KsOutcome ks = againstDocumented(doc, w, CheckSeeds.stream(c, CheckSeeds.KS));
                out.add(ControlCheck.of(init + " on " + geometry.name(), names[side], ks, threshold));
            }
        }
        return out;
    }

    /**
     * The schemes checked by default: every scheme DL4J draws too, with the seeds' explicit distributions and a
     * constant (not ORTHOGONAL, UNIT_MATRIX or RAI, which only the core draws).
     */
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
                case ORTHOGONAL, UNIT_MATRIX, RAI -> {
                    // core only: DL4J draws none of them, and their entries are not i.i.d. (OrthogonalInitialiserTest,
                    // UnitMatrixInitialiserTest, RandomizedAsymmetricInitialiserTest)
                }
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

    /**
     * Every applicable (init, geometry) pair; identity is skipped on geometries that are not square. The pair in
     * cell (i, g) of the grid is checked with the seed {@code CheckSeeds.check(seed, i · geometries.size() + g)}.
     */
    public List<InitCheck> checkAll(List<WeightInit> inits, List<LayerGeometry> geometries, int samples, long seed) {
        List<InitCheck> out = new ArrayList<>();
        for (int i = 0; i < inits.size(); i++) {
            WeightInit init = inits.get(i);
            for (int g = 0; g < geometries.size(); g++) {
                if (init.scheme() == InitScheme.IDENTITY && !geometries.get(g).admitsIdentity()) continue;
                out.add(check(init, geometries.get(g), samples, CheckSeeds.check(seed, i * geometries.size() + g)));
            }
        }
        return out;
    }

    /**
     * Checks one scheme on one geometry with {@code samples} weights per implementation (random schemes;
     * exact schemes are checked on one whole layer). The core, DL4J and the KS test draw from the streams
     * {@link CheckSeeds#stream} of {@code checkSeed}.
     */
    public InitCheck check(WeightInit init, LayerGeometry geometry, int samples, long checkSeed) {
        if (samples < 2) throw new IllegalArgumentException("samples: need at least 2, got " + samples);
        if (init.scheme() == InitScheme.IDENTITY && !geometry.admitsIdentity()) {
            throw new IllegalArgumentException("geometry: identity init needs a square layer, got " + geometry.name());
        }
        DocumentedDistribution doc = DocumentedDistribution.of(init, geometry.fanIn(), geometry.fanOut());
        boolean exact = !doc.random();
        int n = exact ? geometry.count() : samples;
        double[] c = sample(core, init, geometry, n, CheckSeeds.stream(checkSeed, CheckSeeds.CORE));
        double[] d = sample(dl4j, init, geometry, n, CheckSeeds.stream(checkSeed, CheckSeeds.DL4J));
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
            KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest(new Well19937c(CheckSeeds.stream(checkSeed, CheckSeeds.KS)));
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

    /**
     * {@code n} weights: whole layers drawn with the seeds {@code CheckSeeds.layer(streamSeed, j)}, j = 0, 1, …,
     * concatenated and cut to n.
     */
    public static double[] sample(WeightSampler sampler, WeightInit init, LayerGeometry geometry, int n, long streamSeed) {
        double[] out = new double[n];
        int filled = 0;
        for (int j = 0; filled < n; j++) {
            double[] layer = sampler.draw(init, geometry, CheckSeeds.layer(streamSeed, j));
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
