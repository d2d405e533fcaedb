package io.twinnet.spark;

import io.twinnet.core.spec.Precision;
import io.twinnet.experiments.data.Mnist;
import io.twinnet.experiments.data.MnistProvisioner;
import io.twinnet.experiments.lab.DefaultRunEnvironment;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.Profile;
import io.twinnet.experiments.lab.RunEnvironment;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;

/**
 * What an executor needs to rebuild the driver's {@link RunEnvironment}: the profile, the
 * implementations, the precision, shared init, and where the verified MNIST files are. Executors never download anything:
 * MNIST is either the files the driver shipped with {@code SparkContext.addFile} (in the
 * executor's {@link SparkFiles#getRootDirectory()}) or a directory the user named
 * ({@code spark.twinnet.mnist.dir}, e.g. on a shared file system); either way it is verified
 * against DL4J's checksums on the executor before the first run reads it.
 *
 * @param profile         the profile's label
 * @param implementations the implementations' labels
 * @param precision       the precision's JSON name ({@code twinnet run --precision})
 * @param mnistDirectory  the MNIST directory as executors see it; null for the files the driver shipped
 * @param sharedInit      DL4J starts from the core's initial parameters ({@code twinnet run --shared-init})
 */
record ShippedEnvironment(String profile, List<String> implementations, String precision, String mnistDirectory, boolean sharedInit)
        implements Serializable {
    /** One environment per executor JVM and description, so MNIST is read once per executor. */
    private static final Map<ShippedEnvironment, RunEnvironment> BUILT = new ConcurrentHashMap<>();

    ShippedEnvironment {
        if (profile == null) throw new IllegalArgumentException("profile: is missing");
        if (implementations == null || implementations.isEmpty()) throw new IllegalArgumentException("implementations: at least one is needed");
        implementations = List.copyOf(implementations);
        if (precision == null) throw new IllegalArgumentException("precision: is missing");
    }

    static ShippedEnvironment of(RunEnvironment env, String mnistDirectory) {
        return new ShippedEnvironment(env.profile().label(), env.implementations().stream().map(Implementation::label).toList(),
                env.precision().jsonName(), mnistDirectory, env.sharedInit());
    }

    /** The environment on this executor (built on first use). */
    RunEnvironment environment() {
        return BUILT.computeIfAbsent(this, ShippedEnvironment::build);
    }

    private RunEnvironment build() {
        Set<Implementation> impls = EnumSet.noneOf(Implementation.class);
        for (String label : implementations) impls.add(Implementation.parse(label));
        return new DefaultRunEnvironment(Profile.parse(profile), this::verifiedMnist).restrictedTo(impls).withPrecision(Precision.parse(precision, "precision"))
                .withSharedInit(sharedInit);
    }

    /** MNIST in the directory this executor reads, checked file by file; no source to fetch from, so a missing file is an error. */
    private Mnist verifiedMnist() {
        Path dir = Path.of(mnistDirectory != null ? mnistDirectory : SparkFiles.getRootDirectory());
        return Mnist.provisioned(new MnistProvisioner(dir, List.of(), line -> { }));
    }
}
