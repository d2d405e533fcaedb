package io.twinnet.experiments.app.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch of the commands that print a result: one JSON object on standard output instead of text. */
final class JsonOutput {
    @Option(names = "--json", description = "Print one JSON object instead of the text summary.")
    boolean json;

    boolean on() {
        return json;
    }
}
