package io.twinnet.dl4j;

import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.WeightInit;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInitConstant;
import org.deeplearning4j.nn.weights.WeightInitDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a core {@link WeightInit} to the DL4J 1.0.0-M2.1 weight initialiser of the same name
 * ({@code org.deeplearning4j.nn.weights}). The distributions DL4J draws (measured, see DESIGN.md):
 * <ul>
 *   <li>XAVIER → {@code WeightInit.XAVIER}: N(0, 2/(fanIn+fanOut));</li>
 *   <li>XAVIER_UNIFORM → {@code WeightInit.XAVIER_UNIFORM}: U(±√(6/(fanIn+fanOut)));</li>
 *   <li>XAVIER_FAN_IN → {@code WeightInit.XAVIER_FAN_IN}: N(0, 1/fanIn);</li>
 *   <li>RELU → {@code WeightInit.RELU}: N(0, 2/fanIn);</li>
 *   <li>RELU_UNIFORM → {@code WeightInit.RELU_UNIFORM}: U(±√(6/fanIn));</li>
 *   <li>UNIFORM → {@code WeightInit.UNIFORM}: U(±1/√fanIn);</li>
 *   <li>LECUN_NORMAL → {@code WeightInit.LECUN_NORMAL}: N(0, 1/fanIn);</li>
 *   <li>LECUN_UNIFORM → {@code WeightInit.LECUN_UNIFORM}: U(±3/√fanIn);</li>
 *   <li>SIGMOID_UNIFORM → {@code WeightInit.SIGMOID_UNIFORM}: U(±4√(6/(fanIn+fanOut)));</li>
 *   <li>ZERO, ONES → {@code WeightInit.ZERO}, {@code WeightInit.ONES}; CONSTANT(v) → {@code WeightInitConstant(v)};</li>
 *   <li>IDENTITY → {@code WeightInit.IDENTITY};</li>
 *   <li>NORMAL_DISTRIBUTION(m, s) → {@code WeightInitDistribution(NormalDistribution(m, s))}, s the standard deviation;</li>
 *   <li>UNIFORM_DISTRIBUTION(a, b) → {@code WeightInitDistribution(UniformDistribution(a, b))};</li>
 *   <li>ORTHOGONAL: none. DL4J's {@code WeightInit} enum has no orthogonal scheme; its
 *       {@code OrthogonalDistribution(gain)} exists, but a probe of a DOUBLE network showed WᵀW = g²I only to about
 *       1e-6 (float precision), where the core's draw is orthogonal to 1e-15, so DL4J networks load the core's draw
 *       instead ({@link Dl4jNetwork#initialise}).</li>
 *   <li>UNIT_MATRIX: none either. {@code WeightInit.IDENTITY} is the identity map (a centre delta, square nIn = nOut
 *       only), not an identity matrix in every kernel, so DL4J networks load the core's values.</li>
 *   <li>RAI (Lu et al. 2019's randomized asymmetric init, which draws the biases too): none in DL4J 1.0.0-M2.1, so
 *       DL4J networks load the core's draw of weights and biases ({@link Dl4jNetwork#initialise}).</li>
 * </ul>
 * A scheme DL4J cannot draw is refused by {@link #of} with a message naming the way out; {@link #translates} says
 * which ones.
 */
public final class Dl4jWeightInits {
    private Dl4jWeightInits() {
    }

    /** True when DL4J 1.0.0-M2.1 draws {@code init} itself (every scheme but {@link InitScheme#ORTHOGONAL}, {@link InitScheme#UNIT_MATRIX} and {@link InitScheme#RAI}). */
    public static boolean translates(WeightInit init) {
        return init.scheme() != InitScheme.ORTHOGONAL && init.scheme() != InitScheme.UNIT_MATRIX && init.scheme() != InitScheme.RAI;
    }

    /** True when DL4J draws every layer's weights of {@code spec} itself. */
    public static boolean translates(NetworkSpec spec) {
        return spec.layers().stream().allMatch(l -> weightInit(l) == null || translates(weightInit(l)));
    }

    /**
     * {@code spec} with every weight init DL4J cannot draw replaced by ZERO: the configuration of a network whose
     * parameters are overwritten at once ({@link Dl4jNetwork#withParameters}); the original spec stays the network's.
     */
    static NetworkSpec withPlaceholders(NetworkSpec spec) {
        if (translates(spec)) return spec;
        List<LayerSpec> layers = new ArrayList<>();
        for (LayerSpec l : spec.layers()) {
            WeightInit w = weightInit(l);
            layers.add(w == null || translates(w) ? l : withZeroWeights(l));
        }
        return spec.withLayers(layers);
    }

    private static LayerSpec withZeroWeights(LayerSpec l) {
        WeightInit z = WeightInit.zero();
        if (l instanceof DenseLayerSpec d) return new DenseLayerSpec(d.nOut(), d.activation(), z, d.biasInit(), d.hasBias());
        if (l instanceof OutputLayerSpec o) return new OutputLayerSpec(o.nOut(), o.activation(), o.loss(), z, o.biasInit(), o.hasBias());
        ConvolutionLayerSpec c = (ConvolutionLayerSpec) l;
        return new ConvolutionLayerSpec(c.nOut(), c.window(), c.activation(), z, c.biasInit(), c.hasBias());
    }

    /** A layer's weight init, or null for a layer without weights. */
    private static WeightInit weightInit(LayerSpec layer) {
        if (layer instanceof DenseLayerSpec d) return d.weightInit();
        if (layer instanceof OutputLayerSpec o) return o.weightInit();
        if (layer instanceof ConvolutionLayerSpec c) return c.weightInit();
        return null;
    }

    /**
     * DL4J's initialiser for {@code init}.
     *
     * @throws UnsupportedOperationException for a scheme DL4J does not draw ({@link #translates} is false)
     */
    public static IWeightInit of(WeightInit init) {
        return switch (init.scheme()) {
            case XAVIER -> org.deeplearning4j.nn.weights.WeightInit.XAVIER.getWeightInitFunction();
            case XAVIER_UNIFORM -> org.deeplearning4j.nn.weights.WeightInit.XAVIER_UNIFORM.getWeightInitFunction();
            case XAVIER_FAN_IN -> org.deeplearning4j.nn.weights.WeightInit.XAVIER_FAN_IN.getWeightInitFunction();
            case RELU -> org.deeplearning4j.nn.weights.WeightInit.RELU.getWeightInitFunction();
            case RELU_UNIFORM -> org.deeplearning4j.nn.weights.WeightInit.RELU_UNIFORM.getWeightInitFunction();
            case UNIFORM -> org.deeplearning4j.nn.weights.WeightInit.UNIFORM.getWeightInitFunction();
            case LECUN_NORMAL -> org.deeplearning4j.nn.weights.WeightInit.LECUN_NORMAL.getWeightInitFunction();
            case LECUN_UNIFORM -> org.deeplearning4j.nn.weights.WeightInit.LECUN_UNIFORM.getWeightInitFunction();
            case SIGMOID_UNIFORM -> org.deeplearning4j.nn.weights.WeightInit.SIGMOID_UNIFORM.getWeightInitFunction();
            case ZERO -> org.deeplearning4j.nn.weights.WeightInit.ZERO.getWeightInitFunction();
            case ONES -> org.deeplearning4j.nn.weights.WeightInit.ONES.getWeightInitFunction();
            case CONSTANT -> new WeightInitConstant(init.value());
            case IDENTITY -> org.deeplearning4j.nn.weights.WeightInit.IDENTITY.getWeightInitFunction();
            case NORMAL_DISTRIBUTION -> new WeightInitDistribution(new NormalDistribution(init.mean(), init.std()));
            case UNIFORM_DISTRIBUTION -> new WeightInitDistribution(new UniformDistribution(init.lower(), init.upper()));
            case ORTHOGONAL, UNIT_MATRIX, RAI -> throw new UnsupportedOperationException("weightInit: DL4J 1.0.0-M2.1 has no " + init
                    + " initialiser; build the network with the core's draw (Dl4jNetwork.initialise or withParameters)");
        };
    }
}
