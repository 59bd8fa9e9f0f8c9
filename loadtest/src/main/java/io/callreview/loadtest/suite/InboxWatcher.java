package io.callreview.loadtest.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.launcher.ApiClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Watches the reps' inboxes and notes when the post-call nudge of each expected call first shows up. {@link #byApi}
 * polls the way the rep's app would, through {@code GET /api/reps/{id}/inbox}: only reps with a nudge still
 * outstanding, in turn, with a short pause between rounds, so the time a nudge is seen is late by up to one round.
 * {@link #byDatabase} reads notification-service's nudge table instead, one query a round for the rows added since
 * the last: a phase that measures what the services spend per call must not have them answer the load driver's polls.
 * Either way the inbox item says when notification-service received it ({@code receivedAt}, taken in the transaction
 * that put it in the inbox, so early only by that commit): on the same machine's clock, that is the finer measure.
 */
public final class InboxWatcher implements AutoCloseable {

    public static final String POST_CALL = "POST_CALL_FEEDBACK";
    private static final int RECENT = 20;

    /**
     * A nudge seen in an inbox: posted, put in the inbox (the service's {@code receivedAt}) and seen by a poll, all
     * on the {@link System#nanoTime()} scale.
     */
    public record Seen(String callId, long postedNanos, long receivedNanos, long seenNanos) {

        /** Call posted to nudge in the inbox, as the inbox recorded it. */
        public long latencyNanos() {
            return receivedNanos - postedNanos;
        }

        /** Call posted to nudge seen by the watcher's poll: later by up to one poll round. */
        public long seenLatencyNanos() {
            return seenNanos - postedNanos;
        }
    }

    /** The wall clock at a known {@link System#nanoTime()}, to place the service's timestamps on the nanoTime scale. */
    private final long anchorNanos = System.nanoTime();
    private final long anchorEpochMicros = java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, java.time.Instant.now());

    private record Expected(Rep rep, long postedNanos) {
    }

    private final ApiClient notification;
    private final Sql database;
    private final Duration pause;
    private final Map<String, Expected> outstanding = new ConcurrentHashMap<>();
    /** Nudges the database showed before their call was expected (its 202 not yet handled): call id to receivedAt. */
    private final Map<String, Long> unclaimed = new ConcurrentHashMap<>();
    private long lastNudgeRow;
    private Connection connection;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Map<String, String> withdrawn = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile long rounds;
    private volatile long roundNanosTotal;
    private volatile long polls;

    /** Polls the inboxes of the reps with outstanding nudges through notification-service's API. */
    public static InboxWatcher byApi(ApiClient notification, Duration pause) {
        return new InboxWatcher(notification, null, pause);
    }

    /** Reads the post-call nudges put in an inbox from notification-service's database, without calling the service. */
    public static InboxWatcher byDatabase(Sql sql, Duration pause) {
        return new InboxWatcher(null, sql, pause);
    }

    private InboxWatcher(ApiClient notification, Sql database, Duration pause) {
        this.notification = notification;
        this.database = database;
        this.pause = pause;
        this.poller = new Thread(this::poll, "inbox-watcher");
        this.poller.setDaemon(true);
        this.poller.start();
    }

    public synchronized void expect(Rep rep, String callId, long postedNanos) {
        if (seen.containsKey(callId)) {
            return;
        }
        outstanding.put(callId, new Expected(rep, postedNanos));
        Long received = unclaimed.remove(callId);
        if (received != null && outstanding.remove(callId) != null) {
            seen.put(callId, new Seen(callId, postedNanos, received, System.nanoTime()));
        }
    }

    public int outstanding() {
        return outstanding.size();
    }

    public Set<String> outstandingCalls() {
        return Set.copyOf(outstanding.keySet());
    }

    public Map<String, Seen> seen() {
        return Map.copyOf(seen);
    }

    /** Stops expecting a call's nudge because coaching-service withdrew it on purpose, with the reason it recorded. */
    public void withdrawn(String callId, String reason) {
        if (outstanding.remove(callId) != null) {
            withdrawn.put(callId, reason);
        }
    }

    /** Calls whose post-call nudge coaching-service withdrew on purpose, with its reason. */
    public Map<String, String> withdrawn() {
        return Map.copyOf(withdrawn);
    }

    /** Mean time of one round over the reps with outstanding nudges: how late a sighting can be, on average twice this. */
    public Duration meanRound() {
        return rounds == 0 ? Duration.ZERO : Duration.ofNanos(roundNanosTotal / rounds);
    }

    public long polls() {
        return polls;
    }

    /** Waits until every expected nudge was seen; false when {@code timeout} passed first. */
    public boolean awaitAll(Duration timeout) throws InterruptedException {
        return awaitAll(timeout, () -> { });
    }

    /**
     * As {@link #awaitAll(Duration)}, running {@code whenStalled} (e.g. to look for withdrawn nudges) whenever a second
     * went by without a new nudge: while nudges keep arriving, the ones still awaited may simply be on their way.
     */
    public boolean awaitAll(Duration timeout, Runnable whenStalled) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextCheck = System.nanoTime() + 1_000_000_000L;
        int seenAtLastCheck = seen.size();
        while (!outstanding.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (System.nanoTime() >= nextCheck) {
                if (seen.size() == seenAtLastCheck) {
                    whenStalled.run();
                }
                seenAtLastCheck = seen.size();
                nextCheck = System.nanoTime() + 1_000_000_000L;
            }
            Thread.sleep(100);
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.interrupt();
        poller.join(10_000);
        closeConnection();
    }

    private void poll() {
        while (running) {
            long start = System.nanoTime();
            boolean waiting = !outstanding.isEmpty();
            if (database != null) {
                pollDatabase();
            } else {
                pollReps();
            }
            if (waiting) {
                rounds++;
                roundNanosTotal += System.nanoTime() - start;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void pollReps() {
        Set<Rep> reps = new HashSet<>();
        outstanding.values().forEach(expected -> reps.add(expected.rep()));
        for (Rep rep : reps) {
            try {
                pollOnce(rep);
            } catch (RuntimeException busy) {
                // the service may be restarting or overloaded: try again next round
            }
        }
    }

    /** The post-call nudges put in an inbox since the last round, by the table's ascending id. */
    private void pollDatabase() {
        try {
            if (connection == null) {
                connection = database.connect("notification");
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT id, call_id, UNIX_TIMESTAMP(received_at) FROM nudge"
                    + " WHERE id > ? AND kind = '" + POST_CALL + "' AND in_inbox AND call_id IS NOT NULL ORDER BY id")) {
                query.setLong(1, lastNudgeRow);
                try (ResultSet rows = query.executeQuery()) {
                    long now = System.nanoTime();
                    polls++;
                    while (rows.next()) {
                        lastNudgeRow = rows.getLong(1);
                        noteReceived(rows.getString(2), toNanos(rows.getBigDecimal(3).movePointRight(6).longValue()), now);
                    }
                }
            }
        } catch (SQLException busy) {
            closeConnection(); // the database may be restarting: connect again next round
        }
    }

    private synchronized void noteReceived(String callId, long receivedNanos, long now) {
        Expected expected = outstanding.remove(callId);
        if (expected != null) {
            seen.put(callId, new Seen(callId, expected.postedNanos(), receivedNanos, now));
        } else if (!seen.containsKey(callId)) {
            unclaimed.put(callId, receivedNanos);
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection: nothing to keep
            }
            connection = null;
        }
    }

    private void pollOnce(Rep rep) {
        // the newest first: a nudge still awaited is among a rep's latest, and a short page keeps the polls cheap
        ApiClient.Reply reply = notification.get("/api/reps/" + rep.id() + "/inbox?size=" + RECENT, rep.token());
        long now = System.nanoTime();
        polls++;
        if (reply.status() != 200) {
            return;
        }
        for (JsonNode item : reply.json().path("items")) {
            String callId = item.path("callId").asText(null);
            if (callId == null || !POST_CALL.equals(item.path("kind").asText())) {
                continue;
            }
            Expected expected = outstanding.remove(callId);
            if (expected != null) {
                long received = receivedNanos(item.path("receivedAt").asText(null), now);
                seen.put(callId, new Seen(callId, expected.postedNanos(), received, now));
            }
        }
    }

    private long receivedNanos(String receivedAt, long fallback) {
        if (receivedAt == null) {
            return fallback;
        }
        java.time.Instant at = java.time.Instant.parse(receivedAt);
        return toNanos(java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, at));
    }

    private long toNanos(long epochMicros) {
        return anchorNanos + (epochMicros - anchorEpochMicros) * 1000;
    }

    /** Every post-call nudge in the reps' inboxes, counted per call (all pages): exactly once means every count is 1. */
    public static Map<String, Integer> postCallNudgesPerCall(ApiClient notification, List<Rep> reps) {
        Map<String, Integer> perCall = new HashMap<>();
        for (Rep rep : reps) {
            int page = 0;
            while (true) {
                JsonNode body = notification.get("/api/reps/" + rep.id() + "/inbox?size=100&page=" + page, rep.token()).expect(200).json();
                JsonNode items = body.path("items");
                for (JsonNode item : items) {
                    if (POST_CALL.equals(item.path("kind").asText()) && item.hasNonNull("callId")) {
                        perCall.merge(item.get("callId").asText(), 1, Integer::sum);
                    }
                }
                if (items.size() < 100) {
                    break;
                }
                page++;
            }
        }
        return perCall;
    }

    /**
     * As {@link #notExactlyOnce}, for accepted calls of which coaching-service withdrew some nudges on purpose: those
     * calls must have none, so any nudge they have is listed too.
     */
    public static Map<String, Integer> notAsExpected(Map<String, Integer> perCall, Set<String> acceptedCalls, Set<String> withdrawnCalls) {
        Set<String> expected = new HashSet<>(acceptedCalls);
        expected.removeAll(withdrawnCalls);
        return notExactlyOnce(perCall, expected);
    }

    /** Calls whose nudge is not exactly once: missing (0) or duplicated (more than 1). */
    public static Map<String, Integer> notExactlyOnce(Map<String, Integer> perCall, Set<String> expectedCalls) {
        Map<String, Integer> wrong = expectedCalls.stream()
                .filter(id -> perCall.getOrDefault(id, 0) != 1)
                .collect(Collectors.toMap(id -> id, id -> perCall.getOrDefault(id, 0)));
        perCall.forEach((id, count) -> {
            if (!expectedCalls.contains(id)) {
                wrong.put(id, count);
            }
        });
        return wrong;
    }
}
