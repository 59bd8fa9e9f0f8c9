package io.callreview.loadtest.faults;

import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.WebhookSigner;
import io.callreview.loadtest.suite.PlannedCall;
import io.callreview.loadtest.suite.Rep;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A flood of forged webhook requests, from many addresses behind the (trusted, local) proxy, while the real sender
 * keeps delivering signed calls. Forgeries must never spend the real sender's budget: every real delivery lands.
 * The flood is bounded in count and time and goes to 127.0.0.1 only.
 */
final class ForgedWebhookFlood implements Scenario {

    private static final int FORGERIES = 4_000;
    private static final Duration FLOOD_LIMIT = Duration.ofSeconds(90);
    private static final int REAL_CALLS = 40;
    private static final String REAL_SENDER = "198.51.100.10";

    @Override
    public String name() {
        return "forged-webhook-flood";
    }

    @Override
    public String fault() {
        return FORGERIES + " forged signed-webhook requests (4 threads, 32 forged addresses, at most " + FLOOD_LIMIT.toSeconds()
                + " s) while the real sender delivers " + REAL_CALLS + " signed calls; per-source budget 60 a minute";
    }

    @Override
    public String invariant() {
        return "every real delivery is accepted first time (none refused with 429) and stored; the forgeries get 401 or 429";
    }

    @Override
    public Map<String, Map<String, String>> environment() {
        return Map.of(LocalSuite.SCORECARD, Map.of(
                "WEBHOOK_TRUSTED_PROXIES", "127.0.0.1,::1",
                "WEBHOOK_FAILED_SIGNATURES_PER_MINUTE", "20",
                "SIGNED_WEBHOOK_RATE_LIMIT", "60"));
    }

    @Override
    public Verdict run(SuiteUnderTest suite) throws Exception {
        CallTraffic traffic = new CallTraffic(suite, 2, Roster.Channels.inboxOnly());
        String url = suite.service(LocalSuite.SCORECARD).baseUrl() + WebhookSigner.SIGNED_PATH;
        String secret = suite.secret("CALL_WEBHOOK_SECRET");
        RawHttp http = new RawHttp(Duration.ofSeconds(30));

        Map<Integer, AtomicInteger> forgedAnswers = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        Instant stopAt = Instant.now().plus(FLOOD_LIMIT);
        ExecutorService flood = Executors.newFixedThreadPool(4);
        List<Future<?>> floods = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            floods.add(flood.submit(() -> {
                int i;
                while ((i = sent.getAndIncrement()) < FORGERIES && Instant.now().isBefore(stopAt)) {
                    Map<String, String> headers = new HashMap<>();
                    headers.put("X-Forwarded-For", "203.0.113." + (i % 32));
                    headers.put("X-Signature-Timestamp", String.valueOf(Instant.now().getEpochSecond()));
                    headers.put("X-Signature", "0".repeat(64));
                    int status = http.send("POST", url, null, headers, RawHttp.utf8("{\"forged\": " + i + "}")).status();
                    forgedAnswers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }

        List<PlannedCall> real = new ArrayList<>();
        Map<Integer, Integer> realAnswers = new TreeMap<>();
        for (int i = 0; i < REAL_CALLS; i++) {
            Rep rep = traffic.reps.get(i % traffic.reps.size());
            PlannedCall call = traffic.call(rep);
            real.add(call);
            Map<String, String> headers = new HashMap<>(WebhookSigner.generic(secret, call.body(), Instant.now().getEpochSecond()));
            headers.put("X-Forwarded-For", REAL_SENDER);
            realAnswers.merge(http.send("POST", url, null, headers, call.body()).status(), 1, Integer::sum);
            Thread.sleep(500);
        }
        for (Future<?> f : floods) {
            f.get();
        }
        flood.shutdown();

        int stored = 0;
        for (Rep rep : traffic.reps) {
            stored += suite.scorecard().get("/api/calls?repId=" + rep.id() + "&size=1", suite.adminToken())
                    .expect(200).json().path("total").asInt();
        }
        Map<Integer, Integer> forged = new TreeMap<>();
        forgedAnswers.forEach((status, count) -> forged.put(status, count.get()));
        boolean forgeriesRefused = forged.keySet().stream().allMatch(s -> s == 401 || s == 429);
        String evidence = Math.min(sent.get(), FORGERIES) + " forgeries answered " + forged + "; " + REAL_CALLS
                + " real deliveries answered " + realAnswers + ", " + stored + " calls stored";
        return Verdict.of(forgeriesRefused && realAnswers.getOrDefault(200, 0) == REAL_CALLS && stored == REAL_CALLS, evidence);
    }
}
