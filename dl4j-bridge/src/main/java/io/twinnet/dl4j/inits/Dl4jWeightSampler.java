package io.twinnet.dl4j.inits;

import io.twinnet.core.spec.WeightInit;
import io.twinnet.dl4j.Dl4jWeightInits;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's own weight draws: calls the DL4J initialiser of {@link Dl4jWeightInits#of} exactly as DL4J's
 * parameter initialisers do ({@code IWeightInit.init(fanIn, fanOut, shape, order, view)} on a double
 * view), after seeding ND4J's random generator ({@code Nd4j.getRandom()}, one per thread) with {@code seed}:
 * drawing changes that generator's state, as building a seeded DL4J network does.
 */
public final class Dl4jWeightSampler implements WeightSampler {

    @Override
    public double[] draw(WeightInit init, LayerGeometry geometry, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray view = Nd4j.createUninitialized(DataType.DOUBLE, geometry.count());
        INDArray w = Dl4jWeightInits.of(init).init(geometry.fanIn(), geometry.fanOut(), geometry.longShape(), geometry.order(), view);
        return Nd4j.toFlattened('c', w.castTo(DataType.DOUBLE)).toDoubleVector();
    }

    @Override
    public String toString() {
        return "DL4J";
    }
}
