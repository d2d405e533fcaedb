package io.twinnet.experiments.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.twinnet.reports.render.RenderedReport;
import io.twinnet.reports.render.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a report rendered from results is served over HTTP and opened in headless Chromium,
 * driven over the Chrome DevTools Protocol; every figure must load and the console must stay clean.
 */
class ReportInBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRenderedReportLoadsEveryFigureWithoutConsoleErrors(@TempDir Path tmp) throws Exception {
        Path chromium = Chromium.provisioned();
        RenderedReport report = ReportRenderer.render(ResultsReport.build(SyntheticResults.withDeclaredFigure(
                SyntheticResults.document(SyntheticResults.HOSTILE, "He initialisation converges"))), tmp.resolve("report"));
        long figuresOnDisk;
        try (Stream<Path> s = Files.list(report.directory().resolve("figures"))) {
            figuresOnDisk = s.filter(p -> p.toString().endsWith(".svg") || p.toString().endsWith(".png")).count();
        }
        assertTrue(figuresOnDisk >= 5, "expected figures for loss and accuracy per implementation and the declared one, found " + figuresOnDisk);

        HttpServer server = serve(report.directory());
        Process browser = null;
        try {
            Path profile = Files.createDirectory(tmp.resolve("chromium-profile"));
            browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
            int port = devToolsPort(profile.resolve("DevToolsActivePort"), browser, tmp.resolve("chromium.log"));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String pageSocket = pageWebSocket(http, port);
            Cdp cdp = Cdp.connect(http, pageSocket);
            try {
                cdp.call("Runtime.enable", Map.of());
                cdp.call("Log.enable", Map.of());
                cdp.call("Page.enable", Map.of());
                String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/index.html";
                CompletableFuture<JsonNode> loaded = cdp.next("Page.loadEventFired");
                JsonNode nav = cdp.call("Page.navigate", Map.of("url", url));
                assertTrue(nav.path("errorText").isMissingNode() || nav.path("errorText").asText().isEmpty(), "navigation failed: " + nav);
                loaded.get(30, TimeUnit.SECONDS);
                String check = "Promise.all(Array.from(document.images).map(i => i.complete ? null : new Promise(r => { i.onload = r; i.onerror = r; })))"
                        + ".then(() => JSON.stringify({count: document.images.length,"
                        + " broken: Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src),"
                        + " scripts: Array.from(document.scripts).filter(s => s.textContent.includes('alert')).length,"
                        + " heading: Array.from(document.querySelectorAll('h1,h2,h3')).map(h => h.textContent).join('|')}))";
                JsonNode result = cdp.call("Runtime.evaluate", Map.of("expression", check, "awaitPromise", true, "returnByValue", true));
                assertTrue(result.path("exceptionDetails").isMissingNode(), "evaluation failed: " + result);
                JsonNode page = JSON.readTree(result.at("/result/value").asText());
                assertEquals(figuresOnDisk, page.get("count").asLong(), "images on the page vs figures on disk: " + page);
                assertEquals(0, page.get("broken").size(), "images that did not load: " + page.get("broken"));
                assertEquals(0, page.get("scripts").asInt(), "the hostile title became a script");
                assertTrue(page.get("heading").asText().contains(SyntheticResults.HOSTILE), "the hostile title is shown as text: " + page);
                Thread.sleep(300);
                assertEquals(List.of(), cdp.problems(), "console errors, exceptions or error log entries");
            } finally {
                cdp.close();
            }
        } finally {
            if (browser != null) {
                browser.descendants().forEach(ProcessHandle::destroyForcibly);
                browser.destroyForcibly();
                browser.waitFor(10, TimeUnit.SECONDS);
            }
            server.stop(0);
        }
    }

    /** A static file server for the report directory on 127.0.0.1, ephemeral port. */
    private static HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".svg") ? "image/svg+xml"
                    : name.endsWith(".png") ? "image/png" : name.endsWith(".css") ? "text/css" : "application/octet-stream";
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** Chromium writes its port (first line) into DevToolsActivePort once it listens. */
    private static int devToolsPort(Path file, Process browser, Path log) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) return Integer.parseInt(lines.get(0).trim());
            }
            if (!browser.isAlive()) fail("chromium exited with " + browser.exitValue() + ": " + Files.readString(log));
            Thread.sleep(100);
        }
        throw new AssertionError("chromium did not write " + file + " within 30 s: " + Files.readString(log));
    }

    /** The WebSocket URL of a page target (a new one when none is listed). */
    private static String pageWebSocket(HttpClient http, int port) throws Exception {
        URI list = URI.create("http://127.0.0.1:" + port + "/json/list");
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode t : targets) {
            if (t.path("type").asText().equals("page")) return t.get("webSocketDebuggerUrl").asText();
        }
        URI create = URI.create("http://127.0.0.1:" + port + "/json/new?about:blank");
        JsonNode t = JSON.readTree(http.send(HttpRequest.newBuilder(create).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return t.get("webSocketDebuggerUrl").asText();
    }

    /** A minimal DevTools Protocol client: numbered calls, awaited events, and a record of every console problem. */
    private static final class Cdp implements WebSocket.Listener {
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();
        private final List<String> problems = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Cdp connect(HttpClient http, String url) throws Exception {
            Cdp c = new Cdp();
            c.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(url), c).get(20, TimeUnit.SECONDS);
            return c;
        }

        JsonNode call(String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> f = new CompletableFuture<>();
            pending.put(id, f);
            ObjectNode msg = JSON.createObjectNode();
            msg.put("id", id);
            msg.put("method", method);
            msg.set("params", JSON.valueToTree(params));
            socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
            JsonNode reply = f.get(30, TimeUnit.SECONDS);
            if (reply.has("error")) throw new AssertionError(method + " failed: " + reply.get("error"));
            return reply.get("result");
        }

        CompletableFuture<JsonNode> next(String event) {
            CompletableFuture<JsonNode> f = new CompletableFuture<>();
            awaited.put(event, f);
            return f;
        }

        List<String> problems() {
            return new ArrayList<>(problems);
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    handle(JSON.readTree(text));
                } catch (IOException e) {
                    problems.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }

        private void handle(JsonNode msg) {
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                if (f != null) f.complete(msg);
                return;
            }
            String method = msg.path("method").asText();
            JsonNode p = msg.path("params");
            switch (method) {
                case "Runtime.exceptionThrown" -> problems.add("exception: " + p.path("exceptionDetails"));
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) problems.add("console." + type + ": " + p.path("args"));
                }
                case "Log.entryAdded" -> {
                    String level = p.at("/entry/level").asText();
                    if (level.equals("error")) problems.add("log " + level + ": " + p.at("/entry/text").asText() + " " + p.at("/entry/url").asText());
                }
                default -> {
                }
            }
            CompletableFuture<JsonNode> f = awaited.remove(method);
            if (f != null) f.complete(p);
        }
    }
}
