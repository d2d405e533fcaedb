package io.twinnet.dl4j;

import io.twinnet.core.spec.WeightInit;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInitConstant;
import org.deeplearning4j.nn.weights.WeightInitDistribution;

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
 *   <li>UNIFORM_DISTRIBUTION(a, b) → {@code WeightInitDistribution(UniformDistribution(a, b))}.</li>
 * </ul>
 */
public final class Dl4jWeightInits {
    private Dl4jWeightInits() {
    }

    /** DL4J's initialiser for {@code init}. */
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
        };
    }
}
