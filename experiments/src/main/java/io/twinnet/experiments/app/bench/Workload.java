package io.twinnet.experiments.app.bench;

/**
 * One side's training loop over a case's example pool. {@link #prepare} does the untimed setup of
 * the next {@link #run} (e.g. an iterator over the right number of examples); {@link #run} performs
 * exactly that many SGD steps and is what the meter times.
 */
public interface Workload {

    /** Untimed: get ready to take {@code steps} SGD steps. */
    void prepare(int steps);

    /** Timed: the SGD steps announced by the last {@link #prepare}. */
    void run();

    /** The training score (mean loss) of the last minibatch, to show the network really trained. */
    double lastScore();
}
