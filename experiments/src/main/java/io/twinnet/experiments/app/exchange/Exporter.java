package io.twinnet.experiments.app.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.core.data.Dataset;
import io.twinnet.core.nn.ParameterBlock;
import io.twinnet.core.nn.ParameterLayout;
import io.twinnet.core.spec.json.SpecJson;
import io.twinnet.dl4j.Dl4jParameterLayout;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.CoreTwin;
import io.twinnet.experiments.lab.Dl4jTwin;
import io.twinnet.dl4j.parity.RelativeDifference;
import io.twinnet.experiments.lab.TwinNetwork;
import io.twinnet.reports.npy.NpyArray;
import io.twinnet.reports.npy.NpyWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an {@link ExportCase} as files another implementation can read (NumPy {@code .npy}, JSON,
 * a README), then trains the core and DL4J (double precision) from the exported initial parameters over
 * the exported minibatches and writes their per-step losses and final parameters beside them.
 */
public final class Exporter {
    public static final String SPEC = "spec.json";
    public static final String CASE = "case.json";
    public static final String LAYOUT = "layout.json";
    public static final String PARAMS_INIT = "params_init.npy";
    public static final String BATCHES = "batches.npy";
    public static final String FEATURES = "features.npy";
    public static final String LABELS = "labels.npy";
    public static final String CORE_LOSSES = "core_losses.npy";
    public static final String DL4J_LOSSES = "dl4j_losses.npy";
    public static final String CORE_PARAMS_FINAL = "core_params_final.npy";
    public static final String DL4J_PARAMS_FINAL = "dl4j_params_final.npy";
    public static final String README = "README.md";
    /** The names someone else's results must have in their directory. */
    public static final String THEIR_LOSSES = "losses.npy";
    public static final String THEIR_PARAMS_FINAL = "params_final.npy";

    private Exporter() {
    }

    /**
     * What was exported and how the core and DL4J agreed on it.
     *
     * @param dir             the export directory
     * @param steps           SGD steps
     * @param batchSize       examples per step
     * @param examples        rows of the data slice
     * @param parameterCount  length of the parameter vector
     * @param lossRelDiff     max over steps of the relative difference of the core's and DL4J's losses
     * @param paramRelDiff    relative difference of their final parameters
     */
    public record Summary(Path dir, int steps, int batchSize, int examples, int parameterCount, double lossRelDiff,
                          double paramRelDiff) {
    }

    /** Writes every file of the case into {@code dir} (created if needed). */
    public static Summary export(ExportCase c, Path dir) throws IOException {
        Files.createDirectories(dir);
        ParameterLayout layout = ParameterLayout.of(c.spec());
        double[] initial = CoreTwin.initialise(c.spec()).parameters();
        Dataset data = c.data();

        Files.writeString(dir.resolve(SPEC), SpecJson.toJson(c.spec()) + "\n", StandardCharsets.UTF_8);
        NpyWriter.write(NpyArray.doubleVector(initial), dir.resolve(PARAMS_INIT));
        int[] flat = new int[c.steps() * c.batchSize()];
        for (int s = 0; s < c.steps(); s++) System.arraycopy(c.batches()[s], 0, flat, s * c.batchSize(), c.batchSize());
        NpyWriter.write(NpyArray.ofInts(flat, c.steps(), c.batchSize()), dir.resolve(BATCHES));
        NpyWriter.write(NpyArray.ofDoubles(data.features(), data.size(), data.featureCount()), dir.resolve(FEATURES));
        NpyWriter.write(NpyArray.ofDoubles(data.labels(), data.size(), data.labelCount()), dir.resolve(LABELS));
        Files.write(dir.resolve(LAYOUT), Json.mapper().writeValueAsBytes(layoutJson(c, layout)));

        double[][] core = train(CoreTwin.withParameters(c.spec(), initial), c);
        double[][] dl4j = train(Dl4jTwin.withParameters(c.spec(), initial), c);
        NpyWriter.write(NpyArray.doubleVector(core[0]), dir.resolve(CORE_LOSSES));
        NpyWriter.write(NpyArray.doubleVector(dl4j[0]), dir.resolve(DL4J_LOSSES));
        NpyWriter.write(NpyArray.doubleVector(core[1]), dir.resolve(CORE_PARAMS_FINAL));
        NpyWriter.write(NpyArray.doubleVector(dl4j[1]), dir.resolve(DL4J_PARAMS_FINAL));

        double lossDiff = 0;
        for (int s = 0; s < c.steps(); s++) {
            double d = RelativeDifference.of(core[0][s], dl4j[0][s]);
            lossDiff = Double.isNaN(d) || Double.isNaN(lossDiff) ? Double.NaN : Math.max(lossDiff, d);
        }
        Summary summary = new Summary(dir, c.steps(), c.batchSize(), data.size(), layout.size(), lossDiff,
                RelativeDifference.of(core[1], dl4j[1]));
        Files.write(dir.resolve(CASE), Json.mapper().writeValueAsBytes(caseJson(c, summary)));
        Files.writeString(dir.resolve(README), ExportReadme.text(c, layout, summary), StandardCharsets.UTF_8);
        return summary;
    }

    /** {per-step losses, final parameters} of SGD over the case's batches. */
    private static double[][] train(TwinNetwork net, ExportCase c) {
        double[] losses = new double[c.steps()];
        for (int s = 0; s < c.steps(); s++) {
            Dataset batch = c.data().rows(c.batch(s));
            losses[s] = net.fit(batch.features(), batch.labels(), batch.size());
        }
        return new double[][] {losses, net.parameters()};
    }

    private static ObjectNode layoutJson(ExportCase c, ParameterLayout layout) {
        Dl4jParameterLayout dl4j = Dl4jParameterLayout.of(c.spec());
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("parameterCount", layout.size());
        root.put("order", "layer by layer; within a layer W then b; every block row-major (C order) in its shape. "
                + "DL4J's params() holds the same blocks at the same offsets but flattens each W [nIn, nOut] column-major "
                + "(Fortran order): dl4jOrder says how DL4J flattens the block.");
        ArrayNode blocks = root.putArray("blocks");
        for (ParameterBlock b : layout.blocks()) {
            io.twinnet.dl4j.ParameterBlock d = dl4j.block(b.layerIndex(), b.name());
            ObjectNode n = blocks.addObject();
            n.put("layer", b.layerIndex());
            n.put("name", b.name());
            n.put("offset", b.offset());
            n.put("length", b.length());
            ArrayNode shape = n.putArray("shape");
            for (int s : b.shape()) shape.add(s);
            n.put("trainable", b.trainable());
            n.put("dl4jKey", d.key());
            n.put("dl4jOffset", d.dl4jOffset());
            n.put("dl4jOrder", String.valueOf(d.dl4jOrder()));
        }
        return root;
    }

    private static ObjectNode caseJson(ExportCase c, Summary s) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("case", c.id().toString());
        root.put("description", c.description());
        root.put("steps", s.steps());
        root.put("batchSize", s.batchSize());
        root.put("examples", s.examples());
        root.put("features", c.data().featureCount());
        root.put("labels", c.data().labelCount());
        root.put("parameterCount", s.parameterCount());
        root.put("coreVsDl4jMaxStepLossRelDiff", s.lossRelDiff());
        root.put("coreVsDl4jFinalParamsRelDiff", s.paramRelDiff());
        return root;
    }
}
