package io.callreview.loadtest.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Slack-style incoming-webhook receiver on loopback that can be failing (it holds each request a moment, then
 * answers 500, like an overloaded endpoint) or healthy (200 at once). It records every POST it gets: the
 * {@code X-Callreview-Reference} of the delivery, the path (one per rep), and what it answered.
 */
public final class ChatReceiver implements AutoCloseable {

    public record Post(String reference, String path, int answered, long atNanos) {
    }

    private final HttpServer server;
    private final List<Post> posts = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final long failingHoldMillis;
    private volatile boolean failing = true;

    public ChatReceiver(long failingHoldMillis) throws IOException {
        this.failingHoldMillis = failingHoldMillis;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/hooks/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    public String urlFor(String repId) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + repId;
    }

    public void heal() {
        failing = false;
    }

    public int inFlight() {
        return inFlight.get();
    }

    public List<Post> posts() {
        synchronized (posts) {
            return List.copyOf(posts);
        }
    }

    public long failedPosts() {
        return posts().stream().filter(p -> p.answered() >= 500).count();
    }

    /** POSTs answered 2xx (deliveries that reached the chat), per reference. */
    public Map<String, Integer> deliveredPerReference() {
        Map<String, Integer> counts = new HashMap<>();
        posts().stream().filter(p -> p.answered() < 300).forEach(p -> counts.merge(p.reference(), 1, Integer::sum));
        return counts;
    }

    private void handle(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            String reference = exchange.getRequestHeaders().getFirst("X-Callreview-Reference");
            int status;
            if (failing) {
                try {
                    Thread.sleep(failingHoldMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 500;
            } else {
                status = 200;
            }
            byte[] answer = (status == 200 ? "ok" : "internal_error").getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (IOException clientGone) {
                // the sender died or gave up while we held the request; it was still answered from our side
            }
            synchronized (posts) {
                posts.add(new Post(reference, exchange.getRequestURI().getPath(), status, System.nanoTime()));
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
