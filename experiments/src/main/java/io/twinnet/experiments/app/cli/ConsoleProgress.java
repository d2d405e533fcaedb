package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.lab.ClaimResult;
import io.twinnet.experiments.lab.Implementation;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.Verdict;
import io.twinnet.experiments.lab.sweep.ProgressListener;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Progress on a terminal: one line with a bar for the current experiment and one for the whole
 * sweep, runs done/total and an ETA from the mean time of the runs computed so far. On a terminal
 * the line is redrawn in place; otherwise (CI logs) a plain line is printed per finished run.
 */
public final class ConsoleProgress implements ProgressListener {
    private static final int BAR = 20;
    private final PrintStream out;
    private final boolean interactive;
    private final long start = System.nanoTime();
    private int total;
    private int done;
    private int computed;
    private String experiment = "";
    private int experimentTotal;
    private int experimentDone;

    public ConsoleProgress(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    @Override
    public synchronized void sweepStarted(int totalRuns, int alreadyDone) {
        this.total = totalRuns;
        this.done = alreadyDone;
        if (alreadyDone > 0) out.println("resuming: " + alreadyDone + " of " + totalRuns + " runs already finished");
    }

    @Override
    public synchronized void experimentStarted(String id, int runs, int alreadyDone) {
        experiment = id;
        experimentTotal = runs;
        experimentDone = alreadyDone;
        draw(null);
    }

    @Override
    public synchronized void runFinished(RunRecord record) {
        done++;
        computed++;
        experimentDone++;
        draw(record);
    }

    @Override
    public synchronized void experimentFinished(String id, List<ClaimResult> claims) {
        if (interactive) out.print("\r\033[K");
        boolean coreRan = claims.stream().anyMatch(c -> c.verdictOf(Implementation.CORE) != Verdict.NOT_RUN);
        Implementation counted = coreRan ? Implementation.CORE : Implementation.DL4J;
        long reproduced = claims.stream().filter(c -> c.verdictOf(counted) == Verdict.REPRODUCED).count();
        long compared = claims.stream().filter(ClaimResult::compared).count();
        long differ = claims.stream().filter(c -> c.compared() && !c.agree()).count();
        String tail = compared == 0 ? " (the other implementation was not run)"
                : differ == 0 ? ", DL4J agrees on all" : ", DL4J differs on " + differ;
        out.printf("%-24s done: %d/%d claims reproduced by %s%s%n", id, reproduced, claims.size(), counted.label(), tail);
        out.flush();
    }

    private void draw(RunRecord record) {
        String line = String.format("%-24s %s %d/%d | all %s %d/%d | %s", experiment,
                bar(experimentDone, experimentTotal), experimentDone, experimentTotal, bar(done, total), done, total, eta());
        if (interactive) {
            out.print("\r\033[K" + line);
        } else if (record != null) {
            out.println(line + " | " + record.config().key());
        }
        out.flush();
    }

    private static String bar(int n, int of) {
        int filled = of == 0 ? BAR : (int) Math.round(BAR * (double) n / of);
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
    }

    private String eta() {
        if (computed == 0) return "ETA --";
        long elapsed = System.nanoTime() - start;
        long remaining = (long) ((double) elapsed / computed * (total - done));
        return "ETA " + format(Duration.ofNanos(remaining)) + " (elapsed " + format(Duration.ofNanos(elapsed)) + ")";
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        if (s >= 3600) return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
        if (s >= 60) return String.format("%dm%02ds", s / 60, s % 60);
        return TimeUnit.SECONDS.toSeconds(s) + "s";
    }
}
