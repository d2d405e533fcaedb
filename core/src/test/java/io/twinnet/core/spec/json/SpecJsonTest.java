package io.twinnet.core.spec.json;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.LearningRateSchedule;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.PoolingType;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SpecException;
import io.twinnet.core.spec.SubsamplingLayerSpec;
import io.twinnet.core.spec.Updater;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecJsonTest {

    static NetworkSpec mlp() {
        return NetworkSpec.builder(Shape.vector(784)).name("mnist")
                .dense(100, Activation.RELU, WeightInit.relu())
                .output(10, Activation.SOFTMAX, LossFunction.MCXENT, WeightInit.xavier())
                .learningRate(0.1).seed(42).build();
    }

    static List<NetworkSpec> variety() {
        NetworkSpec everyInit = new NetworkSpec("every init, \"quoted\" \\ and ünïcode\n", Shape.vector(4), List.of(
                DenseLayerSpec.of(4, Activation.IDENTITY, WeightInit.of(InitScheme.IDENTITY)),
                DenseLayerSpec.of(5, Activation.leakyRelu(0.02), WeightInit.normal(0.1, 0.01)).withBiasInit(-0.5),
                DenseLayerSpec.of(6, Activation.TANH, WeightInit.uniform(-1, 1)).withoutBias(),
                DenseLayerSpec.of(6, Activation.SIGMOID, WeightInit.constant(0.25)),
                DenseLayerSpec.of(6, Activation.RELU, WeightInit.of(InitScheme.XAVIER_UNIFORM)),
                DenseLayerSpec.of(6, Activation.RELU, WeightInit.of(InitScheme.RELU_UNIFORM)),
                DenseLayerSpec.of(6, Activation.RELU, WeightInit.of(InitScheme.UNIFORM)),
                DenseLayerSpec.of(6, Activation.RELU, WeightInit.of(InitScheme.LECUN_NORMAL)),
                DenseLayerSpec.of(6, Activation.RELU, WeightInit.of(InitScheme.LECUN_UNIFORM)),
                DenseLayerSpec.of(6, Activation.RELU, WeightInit.of(InitScheme.SIGMOID_UNIFORM)),
                DenseLayerSpec.of(6, Activation.RELU, WeightInit.of(InitScheme.XAVIER_FAN_IN)),
                DenseLayerSpec.of(6, Activation.RELU, WeightInit.zero()),
                DenseLayerSpec.of(6, Activation.RELU, WeightInit.of(InitScheme.ONES)),
                DenseLayerSpec.of(6, Activation.IDENTITY, WeightInit.orthogonal(0.01)).withoutBias(),
                DenseLayerSpec.of(3, Activation.IDENTITY, WeightInit.of(InitScheme.ORTHOGONAL)),
                OutputLayerSpec.of(1, Activation.SIGMOID, LossFunction.XENT, WeightInit.xavier()).withBiasInit(1e-300)),
                LearningRateSchedule.step(0.5, 0.25, 100), Long.MIN_VALUE, Precision.FLOAT);
        NetworkSpec cnn = new NetworkSpec("cnn", Shape.image(1, 28, 28), List.of(
                new ConvolutionLayerSpec(8, new Window(5, 3, 1, 2, 2, 0), Activation.SIGMOID, WeightInit.xavier(), 0.1, true),
                BatchNormLayerSpec.defaults(),
                new SubsamplingLayerSpec(PoolingType.MAX, Window.square(2, 2, 0)),
                ConvolutionLayerSpec.of(8, Window.square(3, 1, 1), Activation.RELU, WeightInit.of(InitScheme.IDENTITY)),
                new BatchNormLayerSpec(0.5, 1e-3, 2, -1),
                new ActivationLayerSpec(Activation.leakyRelu(0.1)),
                new SubsamplingLayerSpec(PoolingType.AVG, Window.square(2)),
                DenseLayerSpec.of(20, Activation.RELU, WeightInit.zero()),
                OutputLayerSpec.of(10, Activation.SOFTMAX, LossFunction.MSE, WeightInit.zero())),
                LearningRateSchedule.exponential(0.01, 0.999), 7, Precision.DOUBLE);
        NetworkSpec batchNormBeforeRelu = NetworkSpec.builder(Shape.vector(3))
                .layer(DenseLayerSpec.of(4, Activation.IDENTITY, WeightInit.uniform(-1, 1)).withoutBias())
                .batchNorm().activation(Activation.RELU)
                .output(2, Activation.SOFTMAX, LossFunction.MSE, WeightInit.relu()).build();
        NetworkSpec l2 = NetworkSpec.builder(Shape.vector(2))
                .output(3, Activation.RELU, LossFunction.L2, WeightInit.normal(0, 1)).learningRate(1e-4).seed(-3).build();
        NetworkSpec adam = mlp().withUpdater(Updater.adam());
        NetworkSpec adamConstants = l2.withUpdater(new Updater.Adam(0.5, 0.75, 1e-3));
        return List.of(mlp(), everyInit, cnn, batchNormBeforeRelu, l2, adam, adamConstants);
    }

    @Test
    void everySpecRoundTripsToAnEqualSpec() {
        for (NetworkSpec spec : variety()) {
            String json = SpecJson.toJson(spec);
            assertEquals(spec, SpecJson.fromJson(json), json);
            assertEquals(json, SpecJson.toJson(SpecJson.fromJson(json)));
        }
    }

    @Test
    void theJsonIsReadable() {
        String json = SpecJson.toJson(mlp());
        assertTrue(json.contains("{\"type\": \"dense\", \"nOut\": 100, \"activation\": \"relu\", \"weightInit\": \"relu\", "
                + "\"biasInit\": 0.0, \"hasBias\": true}"), json);
        assertTrue(json.contains("\"learningRate\": {\"kind\": \"fixed\", \"initial\": 0.1}"), json);
        assertTrue(json.contains("\"seed\": 42"), json);
        assertTrue(!json.contains("updater"), "an SGD spec's JSON is what it was before updaters: " + json);
        assertTrue(SpecJson.toJson(mlp().withUpdater(Updater.adam()))
                .contains("\"updater\": {\"kind\": \"adam\", \"beta1\": 0.9, \"beta2\": 0.999, \"epsilon\": 1.0E-8},\n"));
    }

    @Test
    void anUpdaterIsANameOrAnObjectWhoseMissingConstantsTakeDl4jsDefaults() {
        String base = withLayers(OUT);
        String head = base.substring(0, base.length() - 1);
        assertEquals(Updater.sgd(), SpecJson.fromJson(base).updater());
        assertEquals(Updater.sgd(), SpecJson.fromJson(head + ", \"updater\": \"sgd\"}").updater());
        assertEquals(Updater.adam(), SpecJson.fromJson(head + ", \"updater\": \"adam\"}").updater());
        assertEquals(new Updater.Adam(0.5, 0.999, 1e-8), SpecJson.fromJson(head + ", \"updater\": {\"kind\": \"adam\", \"beta1\": 0.5}}").updater());
    }

    @Test
    void shorthandsAndDefaultsAreAccepted() {
        String json = """
                {"input": {"size": 784},
                 "layers": [{"type": "dense", "nOut": 100, "activation": "leaky_relu", "weightInit": "xavier"},
                            {"type": "output", "nOut": 10, "activation": {"kind": "softmax"}, "loss": "MCXENT",
                             "weightInit": {"scheme": "normal_distribution", "std": 0.01}}],
                 "learningRate": 0.05, "seed": 1}
                """;
        NetworkSpec spec = SpecJson.fromJson(json);
        assertEquals("", spec.name());
        assertEquals(Activation.leakyRelu(Activation.DEFAULT_LEAKY_ALPHA), ((DenseLayerSpec) spec.layers().get(0)).activation());
        assertEquals(WeightInit.normal(0, 0.01), spec.outputLayer().weightInit());
        String orthogonal = withLayers("{\"type\": \"dense\", \"nOut\": 4, \"activation\": \"identity\", \"weightInit\": \"orthogonal\"}, "
                + "{\"type\": \"dense\", \"nOut\": 4, \"activation\": \"identity\", \"weightInit\": {\"scheme\": \"orthogonal\", \"gain\": 2}}, " + OUT);
        assertEquals(WeightInit.orthogonal(1), ((DenseLayerSpec) SpecJson.fromJson(orthogonal).layers().get(0)).weightInit());
        assertEquals(WeightInit.orthogonal(2), ((DenseLayerSpec) SpecJson.fromJson(orthogonal).layers().get(1)).weightInit());
        assertEquals(LearningRateSchedule.fixed(0.05), spec.learningRate());
        assertEquals(Precision.DOUBLE, spec.precision());
        assertTrue(spec.outputLayer().hasBias());
    }

    static String withLayers(String layers) {
        return "{\"input\": {\"size\": 4}, \"layers\": [" + layers + "], \"learningRate\": 0.1, \"seed\": 1}";
    }

    static final String OUT = "{\"type\": \"output\", \"nOut\": 2, \"activation\": \"softmax\", \"loss\": \"mcxent\", \"weightInit\": \"xavier\"}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what is wrong                    | the JSON                                                                                              | field named
            "unknown activation                 | DENSE(\"activation\": \"swish\")                                                                        | layers[0].activation",
            "softmax with binary cross-entropy  | {\"type\": \"output\", \"nOut\": 2, \"activation\": \"softmax\", \"loss\": \"xent\", \"weightInit\": \"xavier\"} | layers[0].loss",
            "mcxent without softmax             | {\"type\": \"output\", \"nOut\": 2, \"activation\": \"sigmoid\", \"loss\": \"mcxent\", \"weightInit\": \"xavier\"} | layers[0].loss",
            "identity init on a non-square layer| DENSE(\"weightInit\": \"identity\")                                                                     | layers[0].weightInit",
            "output layer not last              | OUTPUT_FIRST                                                                                           | layers[0]",
            "negative nOut                      | DENSE(\"nOut\": -3)                                                                                      | layers[0].nOut",
            "fractional nOut                    | DENSE(\"nOut\": 1.5)                                                                                     | layers[0].nOut",
            "unknown weight init                | DENSE(\"weightInit\": \"glorot\")                                                                        | layers[0].weightInit",
            "negative std                       | DENSE(\"weightInit\": {\"scheme\": \"normal_distribution\", \"std\": -1})                               | layers[0].weightInit.std",
            "zero orthogonal gain               | DENSE(\"weightInit\": {\"scheme\": \"orthogonal\", \"gain\": 0})                                        | layers[0].weightInit.gain",
            "orthogonal with a std              | DENSE(\"weightInit\": {\"scheme\": \"orthogonal\", \"std\": 1})                                         | layers[0].weightInit.std",
            "misspelt field                     | DENSE(\"activaton\": \"relu\")                                                                           | layers[0].activaton",
            "unknown layer type                 | {\"type\": \"lstm\"}                                                                                     | layers[0].type",
            "leaky alpha out of range           | DENSE(\"activation\": {\"kind\": \"leakyrelu\", \"alpha\": 2})                                          | layers[0].activation.alpha",
            "softmax on a hidden layer          | DENSE(\"activation\": \"softmax\")                                                                       | layers[0].activation",
            "softmax as an activation layer     | {\"type\": \"activation\", \"activation\": \"softmax\"}                                                   | layers[0].activation",
            "activation layer without one       | {\"type\": \"activation\"}                                                                               | layers[0].activation",
            "activation layer with a weight init| {\"type\": \"activation\", \"activation\": \"relu\", \"weightInit\": \"relu\"}                             | layers[0].weightInit",
            "conv on a vector input             | {\"type\": \"conv\", \"nOut\": 2, \"window\": {\"kernelH\": 3, \"kernelW\": 3}, \"activation\": \"relu\", \"weightInit\": \"relu\"} | layers[0]",
            "zero stride                        | {\"type\": \"pool\", \"pooling\": \"max\", \"window\": {\"kernelH\": 2, \"kernelW\": 2, \"strideH\": 0}} | layers[0].window.strideH",
    })
    void invalidLayersAreRefusedNamingTheField(String what, String layer, String field) {
        String dense = "{\"type\": \"dense\", \"nOut\": 3, \"activation\": \"relu\", \"weightInit\": \"xavier\"}";
        String json;
        if (layer.equals("OUTPUT_FIRST")) {
            json = withLayers(OUT + ", " + OUT);
        } else if (layer.startsWith("DENSE(")) {
            String override = layer.substring(6, layer.length() - 1);
            String key = override.substring(0, override.indexOf(':'));
            String base = dense.replaceAll(", " + java.util.regex.Pattern.quote(key) + ": (\"[^\"]*\"|-?[0-9.]+)", "");
            json = withLayers(base.substring(0, base.length() - 1) + ", " + override + "}, " + OUT);
        } else {
            json = withLayers(layer + ", " + OUT);
        }
        SpecException e = assertThrows(SpecException.class, () -> SpecJson.fromJson(json), what + ": " + json);
        assertEquals(field, e.field(), what + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative learning rate       | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": -0.1, \"seed\": 1}                              | learningRate",
            "negative initial rate        | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": {\"kind\": \"step\", \"initial\": -1, \"decayRate\": 0.5, \"step\": 10}, \"seed\": 1} | learningRate.initial",
            "decay above one              | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": {\"kind\": \"exponential\", \"initial\": 1, \"decayRate\": 1.5}, \"seed\": 1} | learningRate.decayRate",
            "unknown schedule             | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": {\"kind\": \"cosine\", \"initial\": 1}, \"seed\": 1} | learningRate.kind",
            "missing seed                 | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1}                                            | seed",
            "seed as a string             | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": \"1\"}                            | seed",
            "no layers                    | {\"input\": {\"size\": 4}, \"layers\": [], \"learningRate\": 0.1, \"seed\": 1}                                    | layers",
            "zero input size              | {\"input\": {\"size\": 0}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 1}                                 | input.size",
            "unknown precision            | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 1, \"precision\": \"half\"}        | precision",
            "unknown top-level field      | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 1, \"epochs\": 3}                  | epochs",
            "trailing comma               | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 1,}                                | json",
            "unterminated array           | {\"input\": {\"size\": 4}, \"layers\": [OUT                                                                        | layers",
            "bad value inside a layer     | {\"input\": {\"size\": 4}, \"layers\": [{\"type\": \"dense\", \"nOut\": tru}], \"learningRate\": 0.1, \"seed\": 1}  | layers[0].nOut",
            "not an object                | [1, 2]                                                                                                       | json",
            "updater beta1 of one         | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 1, \"updater\": {\"kind\": \"adam\", \"beta1\": 1.0}} | updater.beta1",
            "updater negative epsilon     | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 1, \"updater\": {\"kind\": \"adam\", \"epsilon\": -1e-8}} | updater.epsilon",
            "unknown updater              | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 1, \"updater\": \"rmsprop\"}  | updater",
            "unknown updater field        | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 1, \"updater\": {\"kind\": \"adam\", \"momentum\": 0.9}} | updater.momentum",
            "sgd takes no constants       | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 1, \"updater\": {\"kind\": \"sgd\", \"beta1\": 0.9}} | updater.beta1",
            "seed beyond a long           | {\"input\": {\"size\": 4}, \"layers\": [OUT], \"learningRate\": 0.1, \"seed\": 99999999999999999999}             | seed",
    })
    void invalidDocumentsAreRefusedNamingTheField(String what, String json, String field) {
        String text = json.replace("OUT", OUT);
        SpecException e = assertThrows(SpecException.class, () -> SpecJson.fromJson(text), what);
        assertEquals(field, e.field(), what + ": " + e.getMessage());
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        SpecException e = assertThrows(SpecException.class, () -> SpecJson.fromJson("{\n  \"input\": {\"size\": 4},\n  \"layers\" [\n"));
        assertEquals("layers", e.field());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void everyLayerTypeHasAJsonForm() {
        for (NetworkSpec spec : variety()) {
            for (LayerSpec layer : spec.layers()) {
                assertTrue(SpecJson.layerJson(layer).startsWith("{\"type\": \"" + layer.type() + "\""));
            }
        }
    }
}
