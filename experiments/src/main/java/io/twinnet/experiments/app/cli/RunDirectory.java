package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.lab.store.ResultsDocument;
import io.twinnet.experiments.lab.store.ResultsStore;
import java.nio.file.Files;

/** Reading what {@code twinnet run} left in a directory, with one message naming the argument and the file when it is not there. */
final class RunDirectory {
    private RunDirectory() {
    }

    /** The results of {@code store}'s directory, named {@code argument} (e.g. {@code RUN_DIR}) in messages. */
    static ResultsDocument results(ResultsStore store, String argument) {
        if (!Files.isRegularFile(store.resultsPath())) {
            throw new UserInputException(argument + ": " + store.resultsPath() + " does not exist; pass a directory written by 'twinnet run'");
        }
        try {
            return store.readResults();
        } catch (RuntimeException e) {
            throw new UserInputException(argument + ": " + e.getMessage(), e);
        }
    }

    /** The results of a sweep that finished, or bad input saying how to finish it. */
    static ResultsDocument finishedResults(ResultsStore store, String argument) {
        if (!Files.isRegularFile(store.resultsPath())) {
            throw new UserInputException(argument + ": " + store.resultsPath() + " does not exist; finish the sweep first with "
                    + "'twinnet run --resume --out " + store.dir() + "'");
        }
        ResultsDocument doc = results(store, argument);
        if (!doc.complete()) {
            throw new UserInputException(argument + ": " + store.resultsPath() + " is incomplete (the sweep was interrupted); finish it first with "
                    + "'twinnet run --resume --out " + store.dir() + "'");
        }
        return doc;
    }
}
