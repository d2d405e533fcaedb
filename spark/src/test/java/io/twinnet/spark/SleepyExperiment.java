package io.twinnet.spark;

import com.google.auto.service.AutoService;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.Claim;
import io.twinnet.experiments.lab.Experiment;
import io.twinnet.experiments.lab.GridPoint;
import io.twinnet.experiments.lab.Measurements;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunSeeds;
import io.twinnet.experiments.lab.Scalar;
import io.twinnet.experiments.lab.Trial;
import java.util.ArrayList;
import java.util.List;

/**
 * A test experiment the catalog finds on the spark module's test class path (driver and
 * executors alike): {@value #POINTS} points, each run sleeping {@value #MILLIS} ms and then
 * reading a tiny tanh network's output on both implementations, so a test can kill a Worker or
 * the driver while runs are in flight. The point {@code throws} fails on purpose.
 */
@AutoService(Experiment.class)
public final class SleepyExperiment implements Experiment<SleepyExperiment.Point> {
    public static final String ID = "spark-test-sleepy";
    static final int POINTS = 8;
    static final long MILLIS = 1000;
    static final Scalar OUTPUT_SUM = Scalar.of("outputSum", "the sum of the network's outputs on a fixed input");

    /** One point: its index, and whether its run throws. */
    public record Point(int index, boolean fails) implements GridPoint {
        @Override
        public String id() {
            return fails ? "throws" : "p" + index;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "a test experiment for the Spark engine";
    }

    @Override
    public String source() {
        return "test";
    }

    @Override
    public int position() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String setup(Profile profile) {
        return "a 3-4-2 tanh network, each run sleeping " + MILLIS + " ms first";
    }

    @Override
    public boolean usesMnist() {
        return false;
    }

    @Override
    public List<Point> grid(Profile profile) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < POINTS - 1; i++) out.add(new Point(i, false));
        out.add(new Point(POINTS - 1, true));
        return out;
    }

    @Override
    public int seeds(Profile profile) {
        return 1;
    }

    @Override
    public Trial trial(Point p, RunSeeds seeds, RunEnvironment env) {
        NetworkSpec spec = NetworkSpec.builder(Shape.vector(3)).name("sleepy-" + p.id()).learningRate(0.1).seed(seeds.init())
                .layer(DenseLayerSpec.of(4, Activation.of(ActivationKind.TANH), WeightInit.xavier()))
                .layer(OutputLayerSpec.of(2, Activation.IDENTITY, LossFunction.MSE, WeightInit.xavier()))
                .build();
        return Trial.atInitialisation(spec, "one fixed input (0.5, -1, 2)", net -> {
            try {
                Thread.sleep(MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (p.fails()) throw new IllegalStateException("this point fails on purpose");
            double sum = 0;
            for (double v : net.output(new double[] {0.5, -1, 2}, 1)) sum += v;
            return Trial.Outcome.finished(new Measurements().put(OUTPUT_SUM, sum));
        });
    }

    @Override
    public List<Claim<Point>> claims() {
        return List.of();
    }
}
