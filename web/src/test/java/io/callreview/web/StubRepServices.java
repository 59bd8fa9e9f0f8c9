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
 * A stand-in for coaching-service and notification-service, as a rep's profile and settings pages call them: canned
 * answers (status and JSON) per {@code METHOD path}, and every request recorded with its body. What has no answer is
 * a 404 problem, as the services answer for a rep the caller may not see.
 */
public class StubRepServices implements QuarkusTestResourceLifecycleManager {

    public record Answer(int status, String json) {
    }

    public static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    public static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    /** The Authorization header of every request, in order. */
    public static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();

    private static final Answer NOT_FOUND = new Answer(404,
            "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such rep\"}");

    private HttpServer server;

    public static void answer(String request, String json) {
        ANSWERS.put(request, new Answer(200, json));
    }

    public static void answer(String request, int status, String json) {
        ANSWERS.put(request, new Answer(status, json));
    }

    /** The body of the last request starting with {@code METHOD path}, or null. */
    public static String lastBody(String request) {
        return lastBody(RECEIVED, request);
    }

    /** The body of the last of these requests starting with {@code METHOD path}, or null. */
    static String lastBody(List<String> requests, String request) {
        String found = null;
        for (String received : requests) {
            if (received.startsWith(request + " ")) {
                found = received.substring(request.length() + 1);
            }
        }
        return found;
    }

    public static void reset() {
        ANSWERS.clear();
        RECEIVED.clear();
        AUTHORIZATIONS.clear();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            RECEIVED.add(key + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            AUTHORIZATIONS.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            Answer answer = ANSWERS.getOrDefault(key, NOT_FOUND);
            byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.status() < 400 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.coaching.url", url, "quarkus.rest-client.notification.url", url);
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
