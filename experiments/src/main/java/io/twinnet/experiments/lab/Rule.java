package io.twinnet.experiments.lab;

/**
 * How a claim is decided on one implementation. The same object judges and renders its text
 * ({@link #text}), so the report cannot state one rule while another decides. Build rules with
 * {@link Rules}.
 */
public interface Rule<P extends GridPoint> {

    /** The rule in words. */
    String text();

    /** The verdict on the runs of one implementation, with the numbers that decided it. */
    Judgement judge(RunTable<P> runs);
}
