package io.twinnet.experiments.data;

import org.deeplearning4j.common.resources.DL4JResources;
import org.eclipse.deeplearning4j.resources.DataSetResource;
import org.eclipse.deeplearning4j.resources.utils.MnistResourceConstants;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deeplearning4j's own downloader, the last resort. For each wanted file it builds the DL4J
 * {@link DataSetResource} that {@code MnistDataFetcher} downloads with (the same arguments as
 * {@code ResourceDataSets.mnistTrain(dir)} and its siblings: DL4J's names and MD5 from
 * {@link MnistResourceConstants}) but rooted in the staging directory, and calls its
 * {@code download}: DL4J's {@code org.nd4j.common.resources.Downloader} fetches
 * {@code <base URL>datasets/mnist/<name>.gz} and unpacks it next to the archive. The base URL
 * is DL4J's ({@link DL4JResources#getBaseDownloadURL()}, which honours the system property
 * {@value DL4JResources#DL4J_BASE_URL_PROPERTY}) unless one is given (the tests use a local
 * server); a test checks that the resource equals DL4J's own for DL4J's base URL.
 *
 * <p>DL4J 1.0.0-M2.1's downloader does not check the archive's MD5 ({@code md5Sum()} is not
 * overridden by its resources and returns ""), which does not matter here: the provisioner
 * checks every unpacked file against DL4J's Adler-32 checksum before installing it.
 */
public final class Dl4jDownloaderSource implements MnistSource {
    private final String baseUrl;
    private final int tries;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    /** DL4J's base URL, two tries per file, 20 s to connect, 60 s read timeout. */
    public Dl4jDownloaderSource() {
        this(withSlash(DL4JResources.getBaseDownloadURL()), 2, 20_000, 60_000);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * @param baseUrl the download root, ending with {@code /}; files are fetched from
     *                {@code baseUrl + "datasets/mnist/" + name + ".gz"}
     */
    public Dl4jDownloaderSource(String baseUrl, int tries, int connectTimeoutMillis, int readTimeoutMillis) {
        if (baseUrl == null || !baseUrl.endsWith("/")) throw new IllegalArgumentException("baseUrl: must end with '/', got " + baseUrl);
        if (tries < 1) throw new IllegalArgumentException("tries: must be at least 1, got " + tries);
        if (connectTimeoutMillis < 1) throw new IllegalArgumentException("connectTimeoutMillis: must be positive, got " + connectTimeoutMillis);
        if (readTimeoutMillis < 1) throw new IllegalArgumentException("readTimeoutMillis: must be positive, got " + readTimeoutMillis);
        this.baseUrl = baseUrl;
        this.tries = tries;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /** The directory URL the archives are fetched from. */
    public String rootUrl() {
        return baseUrl + MnistResourceConstants.MNIST_ROOT;
    }

    @Override
    public String description() {
        return "DL4J's downloader (" + rootUrl() + ")";
    }

    @Override
    public void fetchInto(Set<MnistFile> wanted, Path staging) throws IOException {
        List<String> failures = new ArrayList<>();
        for (MnistFile f : wanted) {
            DataSetResource resource = resource(f, staging);
            try {
                resource.download(true, tries, connectTimeoutMillis, readTimeoutMillis);
            } catch (Exception e) {
                failures.add(resource.archiveFileName() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                if (unreachable(e)) {
                    // the other files live on the same host: do not wait for the same timeout again
                    if (failures.size() < wanted.size()) failures.add("the host is unreachable, so the other files were not tried");
                    break;
                }
            }
        }
        if (!failures.isEmpty()) throw new IOException(String.join("; ", failures));
    }

    /** True when {@code e} (or a cause) says the host cannot be reached at all. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The DL4J resource for {@code file}, downloading into and unpacking in {@code directory}. */
    DataSetResource resource(MnistFile file, Path directory) {
        Archive a = switch (file) {
            case TRAIN_IMAGES -> new Archive(MnistResourceConstants.getMNISTTrainingFilesFilename(), MnistResourceConstants.getMNISTTrainingFilesMD5());
            case TRAIN_LABELS -> new Archive(MnistResourceConstants.getMNISTTrainingFileLabelsFilename(), MnistResourceConstants.getMNISTTrainingFileLabelsMD5());
            case TEST_IMAGES -> new Archive(MnistResourceConstants.getTestFilesFilename(), MnistResourceConstants.getTestFilesMD5());
            case TEST_LABELS -> new Archive(MnistResourceConstants.getTestFileLabelsFilename(), MnistResourceConstants.getTestFileLabelsMD5());
        };
        // DataSetResource(fileName, md5, archiveFileName, local cache directory, root URL), as ResourceDataSets builds it
        return new DataSetResource(file.fileName(), a.md5(), a.name(), directory.toString(), rootUrl());
    }

    /** DL4J's name and MD5 of a gzipped MNIST file. */
    private record Archive(String name, String md5) {
    }
}
