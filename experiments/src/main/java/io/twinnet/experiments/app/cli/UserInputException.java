package io.twinnet.experiments.app.cli;

/**
 * Bad input from the user (an unknown id, an unreadable file, an unwritable directory...):
 * the CLI prints the message alone, without a stack trace, and exits with code 2. The message
 * names the offending option, field or file and, where there is one, the remedy.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
