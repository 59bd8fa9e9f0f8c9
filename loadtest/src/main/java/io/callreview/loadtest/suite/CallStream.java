package io.callreview.loadtest.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Posts planned calls to {@code POST /api/calls} from a few concurrent clients, as CRMs do: flat out or at a set
 * pace, each request with a bounded timeout. Every attempt is recorded with its send and answer times. A call is
 * accepted when it is answered 202 (stored, status GRADING: scorecard-service grades it afterwards, in its consumer
 * group) or 200 (a replay of a call stored before); the answer time is therefore that of acceptance, not of the
 * grade. A CRM retries what was refused (5xx, timeout, connection refused) with the same external id; with
 * {@code retryRefused} so does the stream, until the call is accepted or the stream stops.
 */
public final class CallStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlannedCall END = new PlannedCall(null, null, null, 0, 0, null);

    /** One request: when it was sent and answered ({@link System#nanoTime()}), the status (0: no answer) and error. */
    public record Attempt(long sentNanos, long answeredNanos, int status, String error) {

        public long latencyNanos() {
            return answeredNanos - sentNanos;
        }

        /** 202: stored and accepted for grading; 200: the call (same source and external id) was stored before. */
        public boolean accepted() {
            return accepted(status);
        }

        static boolean accepted(int status) {
            return status == 202 || status == 201 || status == 200;
        }
    }

    /** What became of one planned call. */
    public static final class Outcome {
        private final PlannedCall call;
        private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        private volatile String callId;
        private volatile Attempt accepted;

        Outcome(PlannedCall call) {
            this.call = call;
        }

        public PlannedCall call() {
            return call;
        }

        public List<Attempt> attempts() {
            synchronized (attempts) {
                return List.copyOf(attempts);
            }
        }

        public String callId() {
            return callId;
        }

        /** The attempt that was answered 202 or 200, or null. */
        public Attempt accepted() {
            return accepted;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI uri;
    private final String token;
    private final int clients;
    private final long intervalNanos;
    private final boolean retryRefused;
    private final Duration requestTimeout;
    private final BlockingQueue<PlannedCall> queue = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch finished;
    private volatile Consumer<Outcome> onAccepted = outcome -> { };
    private volatile boolean stopping;
    private long nextSendAt;

    /**
     * @param callsPerSecond overall pace of first attempts; 0 posts flat out
     */
    public CallStream(String baseUrl, String token, int clients, double callsPerSecond, boolean retryRefused, Duration requestTimeout) {
        this.uri = URI.create(baseUrl + "/api/calls");
        this.token = token;
        this.clients = clients;
        this.intervalNanos = callsPerSecond <= 0 ? 0 : (long) (1e9 / callsPerSecond);
        this.retryRefused = retryRefused;
        this.requestTimeout = requestTimeout;
        this.finished = new CountDownLatch(clients);
    }

    /** Called from the posting thread right after a call is accepted (e.g. to start watching for its nudge). */
    public CallStream onAccepted(Consumer<Outcome> listener) {
        this.onAccepted = listener;
        return this;
    }

    public CallStream submit(List<PlannedCall> calls) {
        queue.addAll(calls);
        return this;
    }

    public CallStream start() {
        nextSendAt = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(this::work, "crm-client-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    /** Stops taking new calls once the queue is empty, and waits for the clients to finish theirs. */
    public boolean finish(Duration timeout) throws InterruptedException {
        for (int i = 0; i < clients; i++) {
            queue.add(END);
        }
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Calls not yet taken by a client. */
    public int queued() {
        return (int) queue.stream().filter(call -> call != END).count();
    }

    public int inFlight() {
        return inFlight.get();
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<Outcome> acceptedOutcomes() {
        return outcomes.stream().filter(o -> o.accepted() != null).toList();
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        queue.clear();
        for (int i = 0; i < clients; i++) {
            queue.add(END);
        }
        for (Thread thread : threads) {
            thread.join(requestTimeout.toMillis() + 5_000);
        }
    }

    private void work() {
        try {
            while (!stopping) {
                PlannedCall call = queue.take();
                if (call == END) {
                    return;
                }
                pace();
                inFlight.incrementAndGet();
                try {
                    post(call);
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private void pace() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long slot;
        synchronized (this) {
            slot = Math.max(nextSendAt, System.nanoTime());
            nextSendAt = slot + intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private void post(PlannedCall call) throws InterruptedException {
        Outcome outcome = new Outcome(call);
        outcomes.add(outcome);
        while (true) {
            Attempt attempt = attempt(call, outcome);
            outcome.attempts.add(attempt);
            if (attempt.accepted()) {
                outcome.accepted = attempt;
                onAccepted.accept(outcome);
                return;
            }
            boolean refused = attempt.status() == 0 || attempt.status() >= 500 || attempt.status() == 429;
            if (!retryRefused || !refused || stopping) {
                return;
            }
            Thread.sleep(1_000);
        }
    }

    private Attempt attempt(PlannedCall call, Outcome outcome) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()))
                .build();
        long sent = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long answered = System.nanoTime();
            int status = response.statusCode();
            String error = null;
            if (Attempt.accepted(status)) {
                JsonNode view = JSON.readTree(response.body());
                outcome.callId = view.path("id").asText(null);
            } else {
                String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                error = text.length() > 300 ? text.substring(0, 300) : text;
            }
            return new Attempt(sent, answered, status, error);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(sent, System.nanoTime(), 0, "interrupted");
        } catch (Exception e) {
            return new Attempt(sent, System.nanoTime(), 0, e.toString());
        }
    }
}
