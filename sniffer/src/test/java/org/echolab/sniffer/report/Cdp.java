package org.echolab.sniffer.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the DevTools protocol with the JDK's WebSocket client: start,
 * send commands, collect console errors and exceptions, stop. Test code only.
 */
final class Cdp implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    private Cdp(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static Cdp start(Path chromium, Path profile) throws Exception {
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=1400,1000", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IllegalStateException("chromium did not start: " + profile.resolveSibling("chromium.log"));
            }
            Thread.sleep(50);
        }
        String port = Files.readAllLines(portFile).get(0).trim();
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String ws = null;
        for (Object t : (List<?>) parse(list)) {
            Map<?, ?> target = (Map<?, ?>) t;
            if ("page".equals(target.get("type"))) {
                ws = (String) target.get("webSocketDebuggerUrl");
            }
        }
        Cdp[] self = new Cdp[1];
        Listener listener = new Listener(self);
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), listener).get(10, TimeUnit.SECONDS);
        self[0] = new Cdp(p, socket);
        return self[0];
    }

    /** Sends a command and waits for its result object. */
    Map<String, Object> send(String method, Object... params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
        pending.put(id, f);
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeNumberField("id", id);
            g.writeStringField("method", method);
            g.writeObjectFieldStart("params");
            for (int i = 0; i < params.length; i += 2) {
                g.writeFieldName((String) params[i]);
                Object v = params[i + 1];
                if (v instanceof Number n) {
                    g.writeNumber(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    g.writeBoolean(b);
                } else {
                    g.writeString(String.valueOf(v));
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        socket.sendText(sw.toString(), true).get(10, TimeUnit.SECONDS);
        Map<String, Object> reply = f.get(30, TimeUnit.SECONDS);
        if (reply.containsKey("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) reply.get("result");
        return result;
    }

    /** Evaluates a JavaScript expression in the page and returns its value (by value). */
    Object eval(String expression) throws Exception {
        Map<String, Object> r = send("Runtime.evaluate", "expression", expression, "returnByValue", true);
        if (r.containsKey("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        }
        return ((Map<?, ?>) r.get("result")).get("value");
    }

    /** Console errors, uncaught exceptions and browser log errors seen so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    List<String> events() {
        return List.copyOf(events);
    }

    private void onMessage(String text) {
        Map<?, ?> m = (Map<?, ?>) parse(text);
        if (m.get("id") instanceof Number n) {
            @SuppressWarnings("unchecked")
            Map<String, Object> reply = (Map<String, Object>) m;
            CompletableFuture<Map<String, Object>> f = pending.remove(n.intValue());
            if (f != null) {
                f.complete(reply);
            }
            return;
        }
        String method = String.valueOf(m.get("method"));
        events.add(method);
        Map<?, ?> params = (Map<?, ?>) m.get("params");
        if (method.equals("Runtime.exceptionThrown")) {
            errors.add("exception: " + params.get("exceptionDetails"));
        } else if (method.equals("Runtime.consoleAPICalled")
                && ("error".equals(params.get("type")) || "assert".equals(params.get("type")))) {
            errors.add("console: " + params.get("args"));
        } else if (method.equals("Log.entryAdded")
                && "error".equals(((Map<?, ?>) params.get("entry")).get("level"))) {
            errors.add("log: " + params.get("entry"));
        }
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        // Chromium's helpers (renderer, zygote, crashpad) may still write into the profile after
        // the browser exits, and the test's temporary directory must be deletable afterwards: end
        // them too, and wait for each. They are collected first, since they are re-parented once
        // the browser is gone.
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle h : helpers) {
            h.destroy();
        }
        for (ProcessHandle h : helpers) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
            }
        }
    }

    static Object parse(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return value(p);
        } catch (IOException e) {
            throw new IllegalStateException("bad JSON from chromium: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }

    /** Reassembles fragmented text frames and hands each whole message to the session. */
    private static final class Listener implements WebSocket.Listener {
        private final Cdp[] owner;
        private final StringBuilder buffer = new StringBuilder();

        Listener(Cdp[] owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String whole = buffer.toString();
                buffer.setLength(0);
                if (owner[0] != null) {
                    owner[0].onMessage(whole);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
