package io.twinnet.experiments.data;

import com.sun.net.httpserver.HttpServer;
import org.eclipse.deeplearning4j.resources.ResourceDataSets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DL4J's own downloader, run against a local HTTP server that serves the real (gzipped) label
 * file at the path DL4J's constants give, since DL4J's host is not reachable from here.
 */
class Dl4jDownloaderSourceTest {
    @TempDir
    Path home;

    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        byte[] labels = Files.readAllBytes(RealMnist.directory().resolve(MnistFile.TEST_LABELS.fileName()));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(labels);
        }
        byte[] body = gz.toByteArray();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            boolean known = exchange.getRequestURI().getPath().equals("/datasets/mnist/t10k-labels-idx1-ubyte.gz");
            exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
            try (OutputStream os = exchange.getResponseBody()) {
                if (known) os.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    void aMissingFileIsDownloadedUnpackedVerifiedAndInstalled() throws Exception {
        RealMnist.copyInto(home, EnumSet.of(MnistFile.TRAIN_IMAGES, MnistFile.TRAIN_LABELS, MnistFile.TEST_IMAGES));
        Dl4jDownloaderSource source = new Dl4jDownloaderSource(baseUrl(), 1, 5_000, 5_000);

        ProvisioningReport report = new MnistProvisioner(home, List.of(source), line -> { }).provisionMissing();

        assertTrue(report.complete());
        assertEquals(List.of("/datasets/mnist/t10k-labels-idx1-ubyte.gz"), requested);
        assertEquals(FileOutcome.Action.INSTALLED, report.outcome(MnistFile.TEST_LABELS).action());
        assertEquals(source.description(), report.outcome(MnistFile.TEST_LABELS).source().orElseThrow());
        assertEquals(-1L, Files.mismatch(home.resolve(MnistFile.TEST_LABELS.fileName()),
                RealMnist.directory().resolve(MnistFile.TEST_LABELS.fileName())));
        try (var s = Files.list(home)) {
            assertEquals(4, s.count(), "the archive and DL4J's lock file stay in the deleted staging directory");
        }
    }

    @Test
    void aFileTheServerDoesNotHaveIsReportedAsAFailedAttempt() throws Exception {
        RealMnist.copyInto(home, EnumSet.of(MnistFile.TRAIN_IMAGES, MnistFile.TRAIN_LABELS, MnistFile.TEST_LABELS));
        Dl4jDownloaderSource source = new Dl4jDownloaderSource(baseUrl(), 1, 5_000, 5_000);

        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> new MnistProvisioner(home, List.of(source), line -> { }).provisionMissing());

        assertEquals(List.of("/datasets/mnist/t10k-images-idx3-ubyte.gz"), requested);
        assertTrue(e.getMessage().contains("(1) " + source.description() + ": failed: t10k-images-idx3-ubyte.gz: "), e.getMessage());
        assertFalse(Files.exists(home.resolve(MnistFile.TEST_IMAGES.fileName())));
    }

    @Test
    void anUnreachableHostIsTriedOnceNotOncePerFile() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0); // nothing listens on the port any more: connection refused
        Dl4jDownloaderSource source = new Dl4jDownloaderSource("http://127.0.0.1:" + port + "/", 1, 5_000, 5_000);

        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> new MnistProvisioner(home, List.of(source), line -> { }).provisionMissing());

        String m = e.getMessage();
        assertTrue(m.contains(source.description() + ": failed: train-images-idx3-ubyte.gz: ConnectException: "), m);
        assertTrue(m.contains("the host is unreachable, so the other files were not tried"), m);
        assertFalse(m.contains("t10k-labels-idx1-ubyte.gz:"), m);
    }

    /** For DL4J's own base URL, the resource is the one DL4J's MNIST fetcher downloads with, only placed in the staging directory. */
    @Test
    void theResourceIsDl4jsOwnForDl4jsBaseUrl() {
        Dl4jDownloaderSource source = new Dl4jDownloaderSource();
        for (MnistFile f : MnistFile.values()) {
            var ours = source.resource(f, home);
            var dl4js = switch (f) {
                case TRAIN_IMAGES -> ResourceDataSets.mnistTrain(home.toFile());
                case TRAIN_LABELS -> ResourceDataSets.mnistTrainLabels(home.toFile());
                case TEST_IMAGES -> ResourceDataSets.mnistTest(home.toFile());
                case TEST_LABELS -> ResourceDataSets.mnistTestLabels(home.toFile());
            };
            assertEquals(dl4js.fileName(), ours.fileName());
            assertEquals(dl4js.archiveFileName(), ours.archiveFileName());
            assertEquals(dl4js.md5Sum(), ours.md5Sum());
            assertEquals(dl4js.rootUrl(), ours.rootUrl());
            assertEquals(dl4js.localPath(), ours.localPath());
        }
        assertEquals("t10k-labels-idx1-ubyte.gz", source.resource(MnistFile.TEST_LABELS, home).archiveFileName());
    }
}
