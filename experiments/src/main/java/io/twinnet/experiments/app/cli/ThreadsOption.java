package io.twinnet.experiments.app.cli;

import picocli.CommandLine.Option;

/** {@code --threads N} of the commands that run sweeps: how many runs go in parallel (results do not depend on it). */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Runs in parallel (default: the number of cores). Results do not depend on it.")
    Integer threads;

    /** The thread count asked for, or the number of cores; bad input below 1. */
    int workers() {
        if (threads != null && threads < 1) throw new UserInputException("--threads: must be at least 1, got " + threads);
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
