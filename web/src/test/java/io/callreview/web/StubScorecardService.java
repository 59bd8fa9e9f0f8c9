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
 * A stand-in for scorecard-service that answers canned JSON per {@code METHOD path} and records the bodies it was
 * sent, for the tests of what a page shows and what a form sends. The browser tests use the real services.
 */
public class StubScorecardService implements QuarkusTestResourceLifecycleManager {

    public static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
    /** Error answers (a status and its problem JSON) per {@code METHOD path}, ahead of {@link #ANSWERS}. */
    public static final Map<String, StubRepServices.Answer> REFUSALS = new ConcurrentHashMap<>();
    public static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    public static void refuse(String request, int status, String problem) {
        REFUSALS.put(request, new StubRepServices.Answer(status, problem));
    }

    public static void reset() {
        ANSWERS.clear();
        REFUSALS.clear();
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
            StubRepServices.Answer answer = REFUSALS.containsKey(key) ? REFUSALS.get(key)
                    : ANSWERS.containsKey(key) ? new StubRepServices.Answer(200, ANSWERS.get(key))
                    : new StubRepServices.Answer(404, "{\"title\":\"Not Found\",\"status\":404}");
            byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.status() < 400 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
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
