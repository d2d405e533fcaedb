package io.twinnet.experiments.app.cli;

import picocli.CommandLine;

/** Reports twinnet's version from the jar manifest (or "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = TwinnetCli.class.getPackage().getImplementationVersion();
        return new String[] {"twinnet " + (v == null ? "dev" : v) + ", DL4J/ND4J 1.0.0-M2.1, Java " + System.getProperty("java.version")};
    }
}
