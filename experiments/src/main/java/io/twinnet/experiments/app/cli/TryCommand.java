package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.Series;
import io.twinnet.experiments.lab.SideRecord;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twinnet try}: one configuration from flags, on both implementations. The flags become an
 * experiment file (written with {@code --save FILE.yaml}, to grow into a grid), which runs exactly as
 * {@code twinnet run FILE} would; then a compact table of the first seed's curves on the core and on
 * DL4J, and the exact-parity figures, are printed.
 */
@Command(name = "try", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Try one network on the core and on DL4J: 'twinnet try --layers 100 --activation relu --output relu --loss l2 --init normal:0:0.01 --lr 0.07 --minibatch 1'.",
                "Prints both curves and the exact-parity figures, writes the usual report; --save FILE.yaml writes the equivalent experiment file."})
public final class TryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final CliContext context;

    TryCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--layers", paramLabel = "N,N,...", split = ",", description = "Hidden layer widths (default 100).")
    List<Integer> layers = new ArrayList<>(List.of(100));

    @Option(names = "--activation", paramLabel = "NAME", description = "Hidden activation: relu, sigmoid, tanh, leakyrelu, identity (default relu).")
    String activation = "relu";

    @Option(names = "--output", paramLabel = "NAME", description = "Output activation (default softmax).")
    String output = "softmax";

    @Option(names = "--loss", paramLabel = "NAME", description = "Loss: mcxent, mse (mean over outputs), l2 (sum of squares), xent (default mcxent).")
    String loss = "mcxent";

    @Option(names = "--init", paramLabel = "SCHEME", description = {"Weight init of every layer: a scheme (xavier, relu, ...),",
            "normal:MEAN:STD or uniform:LOWER:UPPER (default xavier)."})
    String init = "xavier";

    @Option(names = "--lr", paramLabel = "RATE", description = "Learning rate (default 0.1).")
    double lr = 0.1;

    @Option(names = "--updater", paramLabel = "sgd|adam", description = "The optimiser: sgd, or adam with DL4J's constants (default sgd).")
    String updater = "sgd";

    @Option(names = "--minibatch", paramLabel = "N", description = "Examples per step (default 32).")
    int minibatch = 32;

    @Option(names = "--steps", paramLabel = "N", description = "Training steps (default 1000).")
    int steps = 1000;

    @Option(names = "--data", paramLabel = "mnist:PER_CLASS|xor|spirals|blobs", description = "The data (default mnist:100, 100 training images per class).")
    String data = "mnist:100";

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds (default 1).")
    int seeds = 1;

    @Option(names = "--save", paramLabel = "FILE.yaml", description = "Write the equivalent experiment file here.")
    Path save;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/<timestamp>-try).")
    Path out;

    @Option(names = "--impl", paramLabel = "both|core|dl4j", description = "Which implementations to run (default both).")
    String impl;

    @Override
    public Integer call() throws IOException {
        String yaml = experimentFile();
        Path file = save;
        if (file == null) {
            file = Files.createTempFile("twinnet-try-", ".yaml");
            file.toFile().deleteOnExit();
        }
        Files.writeString(file, yaml);
        Path dir = (out != null ? out : Path.of("runs", java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-try"))
                .toAbsolutePath().normalize();
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--out", dir.toString()));
        if (impl != null) args.addAll(List.of("--impl", impl));
        CommandLine run = TwinnetCli.commandLine(context);
        run.setOut(spec.commandLine().getOut());
        run.setErr(spec.commandLine().getErr());
        int exit = run.execute(args.toArray(String[]::new));
        if (exit != 0) return exit;
        printCurves(spec.commandLine().getOut(), context.stores().apply(dir));
        if (save != null) spec.commandLine().getOut().println("experiment file: " + save + " (add a grid to it and run it with 'twinnet run " + save + "')");
        return 0;
    }

    /** The flags as an experiment file. */
    String experimentFile() throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("id", "try").put("title", "twinnet try").put("seeds", seeds);
        ObjectNode net = root.putObject("network");
        String[] d = data.split(":");
        boolean mnist = d[0].equals("mnist");
        int inputs = mnist ? 784 : d[0].equals("blobs") ? 2 : 2;
        int classes = mnist ? 10 : 2;
        net.putObject("input").put("size", inputs);
        ArrayNode ls = net.putArray("layers");
        for (int w : layers) ls.addObject().put("type", "dense").put("nOut", w).put("activation", activation).set("weightInit", initNode());
        ls.addObject().put("type", "output").put("nOut", classes).put("activation", output).put("loss", loss).set("weightInit", initNode());
        net.put("learningRate", lr);
        if (!updater.equals("sgd")) net.put("updater", updater); // checked with the file, which names network.updater
        ObjectNode dn = root.putObject("data");
        if (mnist) dn.putObject("mnist").put("trainPerClass", d.length > 1 ? Integer.parseInt(d[1]) : 100).put("testPerClass", 50);
        else dn.putObject("synthetic").put("kind", d[0]).put("perClass", d.length > 1 ? Integer.parseInt(d[1]) : 100);
        root.putObject("training").put("steps", steps).put("minibatch", minibatch);
        return "# Written by 'twinnet try'; add a grid (see examples/) and run it with 'twinnet run FILE'.\n"
                + new YAMLMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build())
                .writeValueAsString(root);
    }

    private com.fasterxml.jackson.databind.JsonNode initNode() {
        String[] p = init.split(":");
        JsonNodeFactory f = JsonNodeFactory.instance;
        try {
            return switch (p[0]) {
                case "normal" -> f.objectNode().put("scheme", "normal_distribution").put("mean", Double.parseDouble(p[1])).put("std", Double.parseDouble(p[2]));
                case "uniform" -> f.objectNode().put("scheme", "uniform_distribution").put("lower", Double.parseDouble(p[1])).put("upper", Double.parseDouble(p[2]));
                default -> f.textNode(init);
            };
        } catch (RuntimeException e) {
            throw new UserInputException("--init: expected a scheme, normal:MEAN:STD or uniform:LOWER:UPPER, got '" + init + "'");
        }
    }

    /** The first seed's evaluation loss and accuracy at each checkpoint, core beside DL4J, and the parity figures. */
    private static void printCurves(PrintWriter w, ResultsStore store) {
        for (var e : store.readResults().experiments()) {
            for (RunRecord r : e.runs()) {
                if (r.config().seed() != 1) continue;
                w.println();
                w.println(r.config().config() + " (seed 1): evaluation loss and accuracy, core | DL4J");
                w.printf("%8s %14s %14s %10s %10s%n", "step", "loss core", "loss dl4j", "acc core", "acc dl4j");
                Series lc = curve(r, Implementation.CORE, "evalLoss");
                Series ld = curve(r, Implementation.DL4J, "evalLoss");
                Series ac = curve(r, Implementation.CORE, "evalAccuracy");
                Series ad = curve(r, Implementation.DL4J, "evalAccuracy");
                int n = Math.max(lc == null ? 0 : lc.size(), ld == null ? 0 : ld.size());
                for (int i = 0; i < n; i++) {
                    Series x = lc != null && i < lc.size() ? lc : ld;
                    w.printf("%8.0f %14s %14s %10s %10s%n", x.x()[i], at(lc, i), at(ld, i), at(ac, i), at(ad, i));
                }
                if (r.parity() != null) {
                    w.printf("exact parity over %d steps (%s): outputs %.3g, losses %.3g, parameters %.3g (max|a-b| / max|a|)%n", r.parity().steps(),
                            r.parity().precision(), r.parity().outputRelDiff(), r.parity().lossRelDiff(), r.parity().paramRelDiff());
                }
            }
        }
        w.flush();
    }

    private static Series curve(RunRecord r, Implementation impl, String name) {
        SideRecord s = r.sides().get(impl);
        return s == null ? null : s.seriesOrNull(name);
    }

    private static String at(Series s, int i) {
        return s == null || i >= s.size() ? "-" : String.format(java.util.Locale.ROOT, "%.6g", s.y()[i]);
    }
}
