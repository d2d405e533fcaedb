package io.twinnet.experiments.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium for the browser test, provisioned like the project's other test data: when
 * {@code /usr/bin/chromium} is missing and the tests run as root on a machine with apt-get (a fresh
 * CI machine), it is installed with {@code apt-get install -y chromium}; otherwise the caller gets a
 * message saying what to install.
 */
final class Chromium {
    static final Path PATH = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** The browser's path, installing it first when that is possible; throws with the remedy when it is not. */
    static synchronized Path provisioned() throws IOException, InterruptedException {
        if (Files.isExecutable(PATH)) return PATH;
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            throw new IllegalStateException("this test needs Debian's chromium at " + PATH
                    + ": install it with 'apt-get install -y chromium' (as root)");
        }
        run("apt-get", "update", "-qq");
        run("apt-get", "install", "-y", "-qq", "chromium");
        if (!Files.isExecutable(PATH)) throw new IllegalStateException("apt-get installed chromium but " + PATH + " is missing");
        return PATH;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
    }
}
