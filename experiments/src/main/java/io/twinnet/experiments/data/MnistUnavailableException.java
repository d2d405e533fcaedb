package io.twinnet.experiments.data;

import java.util.Optional;

/**
 * MNIST cannot be used: a file is corrupt, the directory cannot be written, or no source could
 * supply the missing files. The message says what is wrong, which files, what was tried and
 * what to do; {@link #report()} holds the details when provisioning got that far.
 */
public final class MnistUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ProvisioningReport report;

    public MnistUnavailableException(String message, ProvisioningReport report) {
        super(message);
        this.report = report;
    }

    public MnistUnavailableException(String message, Throwable cause) {
        super(message, cause);
        this.report = null;
    }

    /** The state of every file and the sources tried, when known. */
    public Optional<ProvisioningReport> report() {
        return Optional.ofNullable(report);
    }
}
