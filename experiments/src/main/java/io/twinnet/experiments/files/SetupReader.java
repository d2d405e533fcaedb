package io.twinnet.experiments.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.SpecException;
import io.twinnet.core.spec.json.SpecJson;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one configuration's network, data and budget from the file (with that configuration's grid
 * values in place). The network is read by the spec format's own reader ({@link SpecJson}) with the
 * seed left to the run; its field paths become the file's ({@code network.layers[1].activation}).
 * The user's arrays are read once per file and shared by the configurations.
 */
final class SetupReader {
    private final DataFiles files;
    private final String experimentId;
    private final Map<String, Dataset> arrays = new HashMap<>();

    SetupReader(DataFiles files, String experimentId) {
        this.files = files;
        this.experimentId = experimentId;
    }

    PointSetup read(LocatedTree tree) {
        NetworkSpec spec = network(tree);
        DataSource data = data(tree);
        TrainingPlan training = training(tree);
        if (spec.input().size() != data.featureCount()) {
            throw tree.error("network.input", "expected the input size to match the data, which has " + data.featureCount()
                    + " features per example; the network takes " + spec.input().size());
        }
        int last = spec.layers().size() - 1;
        LayerSpec out = spec.layers().get(last);
        int nOut = spec.outputShape().size();
        if (nOut != data.labelCount()) {
            throw tree.error("network.layers[" + last + "].nOut", "expected " + data.labelCount() + " outputs, one per label column of the data; the "
                    + out.type() + " layer has " + nOut);
        }
        return new PointSetup(spec, data, training);
    }

    private NetworkSpec network(LocatedTree tree) {
        ObjectNode net = ((ObjectNode) tree.root().get("network")).deepCopy();
        if (!net.has("name")) net.put("name", experimentId);
        net.put("seed", 0);
        try {
            return SpecJson.fromJson(net.toString());
        } catch (SpecException e) {
            String field = e.field().equals("json") || e.field().isEmpty() ? "network" : "network." + e.field();
            throw tree.error(field, e.getMessage().substring(e.field().length() + 2));
        }
    }

    private DataSource data(LocatedTree tree) {
        JsonNode d = tree.root().get("data");
        try {
            if (d.has("mnist")) {
                JsonNode m = d.get("mnist");
                return new DataSource.Mnist(m.get("trainPerClass").asInt(), m.get("testPerClass").asInt(), m.path("centred").asBoolean(false));
            }
            if (d.has("synthetic")) {
                JsonNode s = d.get("synthetic");
                return new DataSource.Synthetic(DataSource.Synthetic.Kind.valueOf(s.get("kind").asText().toUpperCase(Locale.ROOT)),
                        s.path("perClass").asInt(50), s.path("testPerClass").asInt(s.path("perClass").asInt(50)), s.path("classes").asInt(2),
                        s.path("dimensions").asInt(2), s.path("radius").asDouble(1.0), s.path("spread").asDouble(0.3),
                        s.path("turns").asDouble(1.5), s.path("noise").asDouble(0.1));
            }
            Dataset train = loaded(tree, "data.arrays.features", "data.arrays.labels");
            Dataset test = d.get("arrays").has("testFeatures") ? loaded(tree, "data.arrays.testFeatures", "data.arrays.testLabels") : null;
            if (test != null && test.featureCount() != train.featureCount()) {
                throw tree.error("data.arrays.testFeatures", "expected " + train.featureCount() + " features per example, as in the training features; found " + test.featureCount());
            }
            if (test != null && test.labelCount() != train.labelCount()) {
                throw tree.error("data.arrays.testLabels", "expected " + train.labelCount() + " label columns, as in the training labels; found " + test.labelCount());
            }
            return new DataSource.Arrays(d.get("arrays").get("features").asText(), d.get("arrays").get("labels").asText(), train, test);
        } catch (IllegalArgumentException e) {
            throw tree.error("data", e.getMessage());
        }
    }

    private Dataset loaded(LocatedTree tree, String featuresField, String labelsField) {
        if (FieldPath.get(tree.root(), labelsField) == null) throw tree.error(FieldPath.parent(labelsField), "missing the required key '" + labelsField.substring(labelsField.lastIndexOf('.') + 1) + "'");
        String key = FieldPath.get(tree.root(), featuresField).asText() + "\n" + FieldPath.get(tree.root(), labelsField).asText();
        Dataset d = arrays.get(key);
        if (d == null) {
            d = UserArrays.load(tree, files, featuresField, labelsField);
            arrays.put(key, d);
        }
        return d;
    }

    private static TrainingPlan training(LocatedTree tree) {
        JsonNode t = tree.root().get("training");
        if (t.has("steps") == t.has("epochs")) {
            throw tree.error("training", "expected exactly one of 'steps' and 'epochs' (the budget), found " + (t.has("steps") ? "both" : "neither"));
        }
        return new TrainingPlan(t.path("steps").asInt(0), t.path("epochs").asInt(0), t.path("minibatch").asInt(TrainingPlan.DEFAULT_MINIBATCH),
                t.path("evaluateEvery").asInt(0), t.path("paritySteps").asInt(TrainingPlan.DEFAULT_PARITY_STEPS));
    }
}
