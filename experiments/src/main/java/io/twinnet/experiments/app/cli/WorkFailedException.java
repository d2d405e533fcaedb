package io.twinnet.experiments.app.cli;

/**
 * A command that failed while working (not on bad input): exit code 1, with a message written for the
 * user — what failed, what is safe, and what to do next — printed as it is.
 */
final class WorkFailedException extends RuntimeException {
    WorkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
