package io.twinnet.experiments.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.experiments.lab.AskerUnits;
import io.twinnet.experiments.lab.GridPoint;
import java.util.Locale;

/**
 * The grid points of {@link ReluInitRange}: the hidden units, the seed's weight initialisations and the
 * reading of "MSE", at a learning rate in that reading's units (shown with its value in the asker's).
 */
public final class ReluInitRangeGrid {
    private ReluInitRangeGrid() {
    }

    /** A training run, or the homogeneity check (a bias-free ReLU U[-1,1] net, not trained). */
    public enum Kind {
        TRAIN, HOMOGENEITY;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The hidden units. */
    public enum Hidden {
        RELU, SIGMOID;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        Activation activation() {
            return this == RELU ? Activation.RELU : Activation.SIGMOID;
        }
    }

    /** The weight initialisations of the seed (every layer, output included), by their configuration label. */
    public enum Init {
        U1("u1", "U[-1,1]", WeightInit.uniform(-1, 1)), HALF("u0.5", "U[-0.5,0.5]", WeightInit.uniform(-0.5, 0.5)),
        N1("n1", "N(0,1)", WeightInit.normal(0, 1)), HE("he", "He (RELU)", WeightInit.relu()),
        XAVIER("xavier", "XAVIER", WeightInit.xavier()), U01("u01", "U[0,1]", WeightInit.uniform(0, 1));

        private final String label;
        final String display;
        final WeightInit scheme;

        Init(String label, String display, WeightInit scheme) {
            this.label = label;
            this.display = display;
            this.scheme = scheme;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }

    /**
     * One run of the grid. Its id is the configuration id the records have always had (e.g.
     * {@code relu-u1-lr0.01}, {@code homogeneity}), and its JSON the old parameters (kind, activation, init, lr).
     */
    public record Point(Kind kind, Hidden activation, Init init, double lr, SquaredErrorReading loss) implements GridPoint {
        @Override
        public String id() {
            if (kind == Kind.HOMOGENEITY) return "homogeneity";
            return activation.label() + "-" + init.label + "-lr" + lr + (loss == SquaredErrorReading.MEAN ? "" : "-" + loss.label);
        }

        String initAndReading() {
            return init.display + (loss == SquaredErrorReading.MEAN ? "" : " (" + loss.label + ")");
        }

        /** E.g. "relu U[-1,1] at lr 0.01 (= 0.002 for a hand-written net that back-propagates (a − t))": the rate in both units. */
        String display() {
            return activation.label() + " " + init.display + " at " + rate(lr, loss);
        }
    }

    /** A training run with DL4J's LossMSE, the asker's "MSE" as DL4J reads it (the reading the claims judge). */
    static Point train(Hidden h, Init i, double lr) {
        return new Point(Kind.TRAIN, h, i, lr, SquaredErrorReading.MEAN);
    }

    /**
     * A learning rate in its reading's units and in the asker's: c·η for a loss whose output gradient is c·(a − t)
     * ({@link AskerUnits}; LossMSE over 10 outputs c = 0.2, the sum c = 2), the half-sum's own rate already being one.
     */
    static String rate(double lr, SquaredErrorReading reading) {
        if (reading == SquaredErrorReading.HALF_SUM) return "lr " + lr + " (half-sum: already the rate of a hand-written net that back-propagates (a − t))";
        String both = new AskerUnits(reading.function, 10).describe(lr);
        return reading == SquaredErrorReading.MEAN ? both : both + " (" + reading.label + ")";
    }

    static final Point HOMOGENEITY = new Point(Kind.HOMOGENEITY, Hidden.RELU, Init.U1, 0.01, SquaredErrorReading.MEAN);
}
