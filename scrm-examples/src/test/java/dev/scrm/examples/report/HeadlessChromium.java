package dev.scrm.examples.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over the DevTools protocol on loopback, with Java's own WebSocket client:
 * enough to load a page, collect its console errors and exceptions, evaluate expressions and take a
 * screenshot. Test helper; one page at a time, not thread-safe.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Where Chromium is: {@code $SCRM_CHROMIUM}, else the usual names on the {@code PATH}. */
    static Optional<Path> find() {
        String env = System.getenv("SCRM_CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name));
                }
            }
        }
        return Optional.empty();
    }

    /** Starts Chromium with a fresh profile and connects to its browser endpoint. */
    static HeadlessChromium launch(Path binary, Path profile) throws Exception {
        Files.createDirectories(profile);
        List<String> cmd = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "about:blank");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(new IllegalStateException("Chromium exited: " + String.join("\n", lines)));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String ws;
        try {
            ws = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(ws), listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        HeadlessChromium c = new HeadlessChromium(p, profile, socket);
        listener.owner = c;
        c.stderr.addAll(lines);
        return c;
    }

    /** The result of loading one page. */
    record Page(String sessionId, List<String> errors) {
    }

    /** Opens a new tab, loads a URL, waits for the load event and collects errors reported until then. */
    Page open(String url, int width, int height) throws Exception {
        String target = call("Target.createTarget", obj().put("url", "about:blank"), null).get("targetId").asString();
        String session = call("Target.attachToTarget", obj().put("targetId", target).put("flatten", true), null)
                .get("sessionId").asString();
        call("Runtime.enable", obj(), session);
        call("Log.enable", obj(), session);
        call("Page.enable", obj(), session);
        call("Emulation.setDeviceMetricsOverride", obj().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false), session);
        events.clear();
        call("Page.navigate", obj().put("url", url), session);
        List<String> errors = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        boolean loaded = false;
        while (!loaded) {
            JsonNode e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new IllegalStateException("page did not finish loading in " + TIMEOUT);
            }
            loaded = collect(e, session, errors);
        }
        // a round trip: every event the page sent before it has been delivered when the answer arrives
        call("Runtime.evaluate", obj().put("expression", "1"), session);
        JsonNode e;
        while ((e = events.poll()) != null) {
            collect(e, session, errors);
        }
        return new Page(session, errors);
    }

    private static boolean collect(JsonNode e, String session, List<String> errors) {
        if (!session.equals(e.path("sessionId").asString(""))) {
            return false;
        }
        String method = e.path("method").asString("");
        JsonNode params = e.path("params");
        switch (method) {
            case "Runtime.exceptionThrown" -> errors.add("exception: "
                    + params.path("exceptionDetails").path("exception").path("description").asString(
                            params.path("exceptionDetails").path("text").asString("")));
            case "Runtime.consoleAPICalled" -> {
                String type = params.path("type").asString("");
                if (type.equals("error") || type.equals("assert")) {
                    errors.add("console." + type + ": " + params.path("args").toString());
                }
            }
            case "Log.entryAdded" -> {
                if (params.path("entry").path("level").asString("").equals("error")) {
                    errors.add("log: " + params.path("entry").path("text").asString(""));
                }
            }
            default -> {
                return method.equals("Page.loadEventFired");
            }
        }
        return false;
    }

    /** Evaluates a JavaScript expression in the page and returns its value. */
    JsonNode evaluate(Page page, String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", obj().put("expression", expression).put("returnByValue", true),
                page.sessionId());
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Takes a PNG screenshot of the whole page. */
    byte[] screenshot(Page page) throws Exception {
        JsonNode r = call("Page.captureScreenshot", obj().put("format", "png").put("captureBeyondViewport", true),
                page.sessionId());
        return java.util.Base64.getDecoder().decode(r.get("data").asString());
    }

    private JsonNode call(String method, ObjectNode params, String session) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = obj().put("id", id).put("method", method);
        msg.set("params", params);
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    private static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    private void onMessage(String text) {
        JsonNode node = JSON.readTree(text);
        if (node.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
            if (f != null) {
                f.complete(node);
            }
        } else {
            events.add(node);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is stopped below either way
        }
        // Chromium's helper processes can outlive the browser process and keep writing into the profile: stop and
        // wait for all of them before the profile is deleted
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle helper : helpers) {
            helper.destroy();
            try {
                helper.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                helper.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            // a file went away while the profile was walked: what is left belongs to the test's temporary folder,
            // which JUnit removes
        }
    }

    /** Joins WebSocket fragments into messages. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile HeadlessChromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                HeadlessChromium o = owner;
                if (o != null) {
                    o.onMessage(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
