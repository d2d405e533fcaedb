package io.twinnet.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.twinnet.experiments.data.Mnist;
import io.twinnet.experiments.data.MnistFile;
import io.twinnet.experiments.lab.Json;
import io.twinnet.experiments.lab.RunEnvironment;
import io.twinnet.experiments.lab.RunRecord;
import io.twinnet.experiments.lab.sweep.PlannedRun;
import io.twinnet.experiments.lab.sweep.SweepEngine;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * The sweep engine on Apache Spark: one Spark job per {@link #execute} call, one partition (one
 * task) per run. Records come back to the driver through {@code SparkContext.submitJob}'s result
 * handler the moment each task finishes, and are handed to the runner (which stores them
 * atomically) from the calling thread, so a killed driver loses no finished run. A task whose
 * executor dies is retried by Spark ({@code spark.task.maxFailures}); a run that throws is a
 * failed record, not a failed task.
 *
 * <p>Experiments: a catalog experiment is found by its id on the executors; a file-defined one
 * travels as its definition (text and data files), broadcast with the job ({@link ShippedExperiment}).
 *
 * <p>Data: when a run reads MNIST, the driver verifies its files ({@link Mnist#provisioned()})
 * and ships them with {@code addFile}, unless {@value #MNIST_DIR} names a directory the executors
 * read themselves (verified there too).
 */
public final class SparkEngine implements SweepEngine {
    /** The Spark property naming a directory with the four MNIST files as the executors see it. */
    public static final String MNIST_DIR = "spark.twinnet.mnist.dir";

    private final JavaSparkContext context;
    private boolean mnistShipped;

    private SparkEngine(JavaSparkContext context) {
        this.context = context;
    }

    /**
     * Starts (embedded {@code local[...]}) or joins (a cluster) Spark at {@code master}, with the
     * {@code spark.*} system properties (as {@code spark-submit} sets them), then {@code conf}.
     */
    public static SparkEngine start(String master, Map<String, String> conf) {
        return new SparkEngine(new JavaSparkContext(SparkSettings.of(master, conf)));
    }

    /** The master this engine runs on, e.g. {@code local[2]}. */
    public String master() {
        return context.sc().master();
    }

    @Override
    public String description() {
        return "spark " + master() + " (default parallelism " + context.defaultParallelism() + ")";
    }

    @Override
    public void execute(List<PlannedRun> runs, RunEnvironment env, Consumer<RunRecord> finished) throws InterruptedException {
        if (runs.isEmpty()) return;
        ShippedEnvironment shipped = ShippedEnvironment.of(env, mnistDirectory(runs));
        List<RunTask> tasks = new ArrayList<>();
        for (PlannedRun r : runs) tasks.add(RunTask.of(r));
        JavaRDD<RunTask> rdd = context.parallelize(tasks, tasks.size());
        context.setJobDescription("twinnet " + runs.get(0).experiment().id() + ": " + runs.size() + " run(s)");
        Map<String, ShippedExperiment> experiments = new LinkedHashMap<>();
        for (PlannedRun r : runs) experiments.computeIfAbsent(r.experiment().id(), id -> ShippedExperiment.of(r.experiment(), context));

        BlockingQueue<String> done = new LinkedBlockingQueue<>();
        SimpleFutureAction<BoxedUnit> job = context.sc().submitJob(rdd.rdd(), new RunPartition(shipped, experiments), partitions(tasks.size()),
                new Collect(done), new Unit());
        try {
            for (int received = 0; received < tasks.size(); ) {
                String json = done.poll(100, TimeUnit.MILLISECONDS);
                if (json != null) {
                    finished.accept(parse(json));
                    received++;
                } else if (job.isCompleted() && done.isEmpty()) {
                    Try<BoxedUnit> outcome = job.value().get();
                    if (outcome.isFailure()) throw new IllegalStateException("the Spark job failed: " + outcome.failed().get().getMessage(),
                            outcome.failed().get());
                    if (done.isEmpty()) throw new IllegalStateException("the Spark job ended with " + received + " of " + tasks.size() + " runs");
                }
            }
        } catch (RuntimeException | InterruptedException e) {
            job.cancel();
            throw e;
        } finally {
            experiments.values().forEach(ShippedExperiment::release);
        }
    }

    /** The MNIST directory executors read: the named one, else the shipped files' (null), shipping them on first need. */
    private String mnistDirectory(List<PlannedRun> runs) {
        String named = context.getConf().get(MNIST_DIR, null);
        if (named != null || runs.stream().noneMatch(r -> r.experiment().usesMnist())) return named;
        if (!mnistShipped) {
            Mnist mnist = Mnist.provisioned();
            for (MnistFile f : MnistFile.values()) context.addFile(mnist.directory().resolve(f.fileName()).toString());
            mnistShipped = true;
        }
        return null;
    }

    private static RunRecord parse(String json) {
        try {
            return Json.mapper().readValue(json, RunRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("an executor sent a record the driver cannot read: " + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static scala.collection.immutable.Seq<Object> partitions(int n) {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) ids.add(i);
        return (scala.collection.immutable.Seq<Object>) (Object) CollectionConverters.asScala(ids).toList();
    }

    @Override
    public void close() {
        context.stop();
    }

    /** The driver's side of each finished task: its record's JSON, queued for the calling thread. */
    private static final class Collect extends AbstractFunction2<Object, String, BoxedUnit> {
        private final BlockingQueue<String> queue;

        Collect(BlockingQueue<String> queue) {
            this.queue = queue;
        }

        @Override
        public BoxedUnit apply(Object partition, String json) {
            queue.add(json);
            return BoxedUnit.UNIT;
        }
    }

    /** The job's overall result: nothing beyond the records. */
    private static final class Unit extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
