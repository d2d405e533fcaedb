package io.twinnet.experiments.files;

import io.twinnet.core.data.Dataset;
import io.twinnet.experiments.data.GaussianBlobs;
import io.twinnet.experiments.data.PixelRange;
import io.twinnet.experiments.data.Subsets;
import io.twinnet.experiments.data.TwoSpirals;
import io.twinnet.experiments.data.XorDataset;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;

/**
 * Where a file-defined experiment's examples come from: MNIST (class-stratified subsets drawn from
 * the run's subset and evaluation seeds, as the catalog draws them), a synthetic set from
 * {@code data}, or the user's own arrays (read once, when the file is read, so a wrong shape is an
 * error before anything runs).
 */
public sealed interface DataSource {

    /** Inputs per example. */
    int featureCount();

    /** Label columns per example (classes, or target width). */
    int labelCount();

    /** True when the runs read MNIST. */
    default boolean usesMnist() {
        return false;
    }

    /** The training set of a run. */
    Dataset train(RunEnvironment env, RunSeeds seeds);

    /** The evaluation set of a run (accuracy, loss and probes read it). */
    Dataset eval(RunEnvironment env, RunSeeds seeds);

    /** The data's identity in words, for the run record. */
    String describe(RunSeeds seeds);

    /** MNIST: {@code trainPerClass} training images per class (0: all 60,000), {@code testPerClass} test images per class; pixels in [0, 1], or [−1, 1] when centred. */
    record Mnist(int trainPerClass, int testPerClass, boolean centred) implements DataSource {
        public Mnist {
            if (trainPerClass < 0) throw new IllegalArgumentException("trainPerClass: must not be negative, got " + trainPerClass);
            if (testPerClass < 1) throw new IllegalArgumentException("testPerClass: must be at least 1, got " + testPerClass);
        }

        @Override
        public int featureCount() {
            return 784;
        }

        @Override
        public int labelCount() {
            return 10;
        }

        @Override
        public boolean usesMnist() {
            return true;
        }

        @Override
        public Dataset train(RunEnvironment env, RunSeeds seeds) {
            return centre(Subsets.stratified(env.mnistTrain(), trainPerClass, seeds.subset()));
        }

        @Override
        public Dataset eval(RunEnvironment env, RunSeeds seeds) {
            return centre(Subsets.stratified(env.mnistTest(), testPerClass, seeds.evaluation()));
        }

        private Dataset centre(Dataset d) {
            return (centred ? PixelRange.SYMMETRIC : PixelRange.UNIT).apply(d);
        }

        @Override
        public String describe(RunSeeds seeds) {
            return "MNIST train " + Subsets.describe(trainPerClass, seeds.subset()) + ", test " + Subsets.describe(testPerClass, seeds.evaluation())
                    + (centred ? ", pixels mapped to [-1, 1]" : ", pixels in [0, 1]");
        }
    }

    /**
     * A synthetic set from {@code data}: Gaussian blobs ({@link GaussianBlobs}), XOR ({@link XorDataset})
     * or two spirals ({@link TwoSpirals}). The training set is drawn from the run's data seed, the
     * evaluation set from the evaluation seed.
     */
    record Synthetic(Kind kind, int perClass, int testPerClass, int classes, int dimensions, double radius, double spread,
                     double turns, double noise) implements DataSource {
        /** The generators. */
        public enum Kind { BLOBS, XOR, SPIRALS }

        public Synthetic {
            if (kind == null) throw new IllegalArgumentException("kind: is missing");
            if (perClass < 1 || testPerClass < 1) throw new IllegalArgumentException("perClass, testPerClass: must be at least 1");
            if (kind == Kind.BLOBS && (classes < 2 || dimensions < 1)) throw new IllegalArgumentException("classes, dimensions: blobs need at least 2 classes and 1 dimension");
        }

        @Override
        public int featureCount() {
            return kind == Kind.BLOBS ? dimensions : 2;
        }

        @Override
        public int labelCount() {
            return kind == Kind.BLOBS ? classes : 2;
        }

        @Override
        public Dataset train(RunEnvironment env, RunSeeds seeds) {
            return generate(perClass, seeds.data());
        }

        @Override
        public Dataset eval(RunEnvironment env, RunSeeds seeds) {
            return generate(testPerClass, seeds.evaluation());
        }

        private Dataset generate(int n, long seed) {
            return switch (kind) {
                case BLOBS -> GaussianBlobs.generate(n, classes, dimensions, radius, spread, seed);
                case XOR -> XorDataset.generate(2 * n, seed);
                case SPIRALS -> TwoSpirals.generate(n, turns, noise, seed);
            };
        }

        @Override
        public String describe(RunSeeds seeds) {
            return "synthetic " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + perClass + " per class (seed " + seeds.data()
                    + "), evaluated on " + testPerClass + " per class (seed " + seeds.evaluation() + ")";
        }
    }

    /** The user's own arrays, already read and checked; evaluated on the test arrays, or on the training set when none are given. */
    record Arrays(String features, String labels, Dataset trainSet, Dataset testSet) implements DataSource {
        public Arrays {
            if (trainSet == null) throw new IllegalArgumentException("trainSet: is missing");
            if (testSet == null) testSet = trainSet;
            if (testSet.featureCount() != trainSet.featureCount() || testSet.labelCount() != trainSet.labelCount()) {
                throw new IllegalArgumentException("test arrays: have " + testSet.featureCount() + " features and " + testSet.labelCount()
                        + " label columns, the training arrays " + trainSet.featureCount() + " and " + trainSet.labelCount());
            }
        }

        @Override
        public int featureCount() {
            return trainSet.featureCount();
        }

        @Override
        public int labelCount() {
            return trainSet.labelCount();
        }

        @Override
        public Dataset train(RunEnvironment env, RunSeeds seeds) {
            return trainSet;
        }

        @Override
        public Dataset eval(RunEnvironment env, RunSeeds seeds) {
            return testSet;
        }

        @Override
        public String describe(RunSeeds seeds) {
            return "the user's arrays " + features + " and " + labels + " (" + trainSet.size() + " examples, content hash "
                    + Long.toHexString(trainSet.contentHash()) + (testSet == trainSet ? "), evaluated on the training set"
                    : "), evaluated on " + testSet.size() + " test examples (hash " + Long.toHexString(testSet.contentHash()) + ")");
        }
    }
}
