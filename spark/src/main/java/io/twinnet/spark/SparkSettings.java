package io.twinnet.spark;

import java.util.Map;
import org.apache.spark.SparkConf;

/** The {@link SparkConf} of a twinnet sweep: quiet, on loopback when embedded, DL4J on one OpenMP thread per executor. */
final class SparkSettings {
    private SparkSettings() {
    }

    /**
     * {@code spark.*} system properties first (how {@code spark-submit} and {@code -Dspark.x=y} pass
     * settings), then twinnet's defaults where nothing was set, then {@code conf}, then {@code master}.
     * <ul>
     *   <li>no web UI ({@code spark.ui.enabled=false});</li>
     *   <li>an embedded {@code local[...]} master binds the driver to 127.0.0.1;</li>
     *   <li>executors run with {@code OMP_NUM_THREADS} of the driver, else 1 (DL4J's bits depend on it).</li>
     * </ul>
     */
    static SparkConf of(String master, Map<String, String> conf) {
        SparkConf c = new SparkConf(true).setAppName("twinnet sweep");
        c.setIfMissing("spark.ui.enabled", "false");
        c.setIfMissing("spark.executorEnv.OMP_NUM_THREADS", System.getenv().getOrDefault("OMP_NUM_THREADS", "1"));
        if (master.startsWith("local")) {
            c.setIfMissing("spark.driver.host", "127.0.0.1");
            c.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.forEach(c::set);
        return c.setMaster(master);
    }
}
