package io.callreview.web;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for scorecard-service that answers canned JSON (CSV for a {@code .csv} path) per {@code METHOD path} and records the bodies it was
 * sent, for the tests of what a page shows and what a form sends. The browser tests use the real services.
 */
public class StubScorecardService implements QuarkusTestResourceLifecycleManager {

    public static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
    /** The status of an answer other than 200, such as a 409 problem. */
    public static final Map<String, Integer> STATUSES = new ConcurrentHashMap<>();
    public static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    public static void answer(String request, String json) {
        ANSWERS.put(request, json);
        STATUSES.remove(request);
    }

    public static void answer(String request, int status, String json) {
        ANSWERS.put(request, json);
        STATUSES.put(request, status);
    }

    public static void reset() {
        ANSWERS.clear();
        STATUSES.clear();
        RECEIVED.clear();
    }

    /** The body of the last request starting with {@code METHOD path}, or null. */
    public static String lastBody(String request) {
        return StubRepServices.lastBody(RECEIVED, request);
    }

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.add(key + " " + body);
            String answer = ANSWERS.get(key);
            byte[] bytes = (answer == null ? "{\"title\":\"Not Found\",\"status\":404}" : answer).getBytes(StandardCharsets.UTF_8);
            int status = answer == null ? 404 : STATUSES.getOrDefault(key, 200);
            exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json"
                    : key.contains(".csv") ? "text/csv; charset=UTF-8" : "application/json");
            exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
            if (status != 204) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.scorecard.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
