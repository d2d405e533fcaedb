package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The engine of {@code twinnet run} by default: a fixed pool of threads in this JVM, runs taken in
 * the order given, each record handed back from the thread that computed it.
 */
public final class LocalEngine implements SweepEngine {
    private final int threads;
    private final ExecutorService pool;

    public LocalEngine(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads: must be at least 1, got " + threads);
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "twinnet-run");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String description() {
        return threads + " thread(s)";
    }

    @Override
    public void execute(List<PlannedRun> runs, RunEnvironment env, Consumer<RunRecord> finished) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        for (PlannedRun run : runs) {
            futures.add(pool.submit(() -> finished.accept(RunAttempt.run(run.experiment(), run.config(), run.environment(env)))));
        }
        try {
            for (Future<?> f : futures) f.get();
        } catch (ExecutionException e) {
            for (Future<?> f : futures) f.cancel(true);
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
