package io.callreview.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A real HTTP server in the test JVM standing in for Slack's incoming webhooks: it records every POST per
 * path and answers with scripted statuses (then 200 once the script runs out, or the default set per path).
 */
public final class ChatReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> defaults = new ConcurrentHashMap<>();

    public ChatReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A webhook URL of this receiver for one rep. */
    public String urlFor(String repId) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path(repId);
    }

    /** The next POSTs for this rep are answered with these statuses, in order. */
    public void script(String repId, Integer... statuses) {
        scripts.computeIfAbsent(path(repId), p -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
    }

    /** Every POST for this rep is answered with this status (after any script). */
    public void answerAlways(String repId, int status) {
        defaults.put(path(repId), status);
    }

    /** The bodies of every POST for this rep, including those that were answered with an error. */
    public List<String> bodies(String repId) {
        return new ArrayList<>(received.getOrDefault(path(repId), List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (InputStream in = exchange.getRequestBody()) {
            received.computeIfAbsent(path, p -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Deque<Integer> script = scripts.get(path);
        Integer scripted = script == null ? null : script.poll();
        int status = scripted != null ? scripted : defaults.getOrDefault(path, 200);
        byte[] body = (status == 200 ? "ok" : "error " + status).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String path(String repId) {
        return "/hooks/" + repId;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
