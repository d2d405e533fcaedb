package io.twinnet.experiments.lab.sweep;

import io.twinnet.experiments.lab.store.ResultsStore;
import java.nio.file.Path;
import java.util.List;

/** Main class for {@link ResumeAfterKillTest}: runs a slow tiny-xor sweep into a directory until it is killed. */
public final class KillableSweep {
    private KillableSweep() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int configs = Integer.parseInt(args[1]);
        long delay = Long.parseLong(args[2]);
        ResultsStore store = new ResultsStore(dir);
        store.writeManifest(SweepRunnerTest.manifest("tiny-xor"));
        new SweepRunner(store, TinyXorExperiment.environment(), 1, null)
                .run(SweepRunnerTest.manifest("tiny-xor"), List.of(new TinyXorExperiment(configs, delay).declared()));
    }
}
