package io.callreview.loadtest.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Topics;
import io.callreview.launcher.ApiClient;
import io.callreview.launcher.LocalSuite;
import io.callreview.loadtest.suite.CallStream;
import io.callreview.loadtest.suite.PlannedCall;
import io.callreview.loadtest.suite.NudgeAudit;
import io.callreview.loadtest.suite.Quiescence;
import io.callreview.loadtest.suite.Rep;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The database goes away for 90 s (longer than any consumer's retries, and than the 60 s age limit SmallRye puts on an
 * unacknowledged record by default) while calls keep coming (the CRM clients retry what is refused). Meanwhile every
 * service's API is probed: each must answer 503 problem+json, quickly, never hang or 500. Afterwards the outbox relays
 * must catch up: every call accepted before or after has its CallScored on the topic and its nudge, exactly once, and
 * nothing of the refused requests was stored.
 */
final class DatabaseStopped implements Scenario {

    private static final int CALLS = 50;
    private static final Duration OUTAGE = Duration.ofSeconds(90);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Probe(String what, int status, String contentType, long millis) {
        boolean ok() {
            return status == 503 && contentType.startsWith("application/problem+json") && millis < CLIENT_TIMEOUT.toMillis();
        }
    }

    @Override
    public String name() {
        return "database-stopped";
    }

    @Override
    public String fault() {
        return "MariaDB stopped for " + OUTAGE.toSeconds() + " s in the middle of a stream of calls (2/s, refused calls retried), then restarted on its data";
    }

    @Override
    public String invariant() {
        return "APIs answer 503 problem+json within " + CLIENT_TIMEOUT.toSeconds() + " s; afterwards the outbox relays catch up:"
                + " every accepted call has its CallScored and exactly one nudge; nothing refused was stored";
    }

    @Override
    public Verdict run(SuiteUnderTest suite) throws Exception {
        CallTraffic traffic = new CallTraffic(suite, 8, Roster.Channels.inboxOnly());
        Rep rep = traffic.reps.get(0);
        String coach = suite.coachToken("coach-faults", List.of(rep.teamId()));
        CallStream stream = traffic.stream(CALLS, 2.0);
        CallTraffic.awaitCondition("15 calls accepted", CallTraffic.PATIENCE, () -> stream.acceptedOutcomes().size() >= 15);
        int acceptedBefore = stream.acceptedOutcomes().size();
        CallTraffic.OUT.println("    stopping MariaDB after " + acceptedBefore + " calls");
        suite.suite().database().stop();
        long stoppedAt = System.nanoTime();

        String scorecard = suite.service(LocalSuite.SCORECARD).baseUrl();
        String coaching = suite.service(LocalSuite.COACHING).baseUrl();
        String notification = suite.service(LocalSuite.NOTIFICATION).baseUrl();
        RawHttp http = new RawHttp(CLIENT_TIMEOUT);
        byte[] preferences = RawHttp.utf8(ApiClient.json(Roster.anyHourPreferences(rep.id(), Roster.Channels.inboxOnly())));
        List<Probe> probes = new ArrayList<>();
        List<String> refusedExternalIds = new ArrayList<>();
        Thread.sleep(2_000);
        while (System.nanoTime() - stoppedAt < OUTAGE.toNanos()) {
            PlannedCall call = traffic.plan(1).get(0);
            refusedExternalIds.add(call.externalId());
            probes.add(probe("POST /api/calls", http.send("POST", scorecard + "/api/calls", suite.integrationToken(), Map.of(), call.body())));
            probes.add(probe("GET /api/calls", http.send("GET", scorecard + "/api/calls?teamId=" + rep.teamId(), coach, Map.of(), null)));
            probes.add(probe("GET /api/reps/{id}/profile", http.send("GET", coaching + "/api/reps/" + rep.id() + "/profile", rep.token(), Map.of(), null)));
            probes.add(probe("GET /api/reps/{id}/settings", http.send("GET", coaching + "/api/reps/" + rep.id() + "/settings", rep.token(), Map.of(), null)));
            probes.add(probe("GET /api/reps/{id}/inbox", http.send("GET", notification + "/api/reps/" + rep.id() + "/inbox", rep.token(), Map.of(), null)));
            probes.add(probe("PUT /api/reps/{id}/preferences", http.send("PUT", notification + "/api/reps/" + rep.id() + "/preferences", rep.token(), Map.of(), preferences)));
            Thread.sleep(1_000);
        }
        int acceptedDuring = stream.acceptedOutcomes().size() - acceptedBefore;
        CallTraffic.OUT.println("    restarting MariaDB; " + probes.size() + " API probes answered meanwhile");
        suite.suite().database().restart();

        Set<String> accepted = CallTraffic.finish(stream);
        NudgeAudit audit = traffic.settleAndAudit(accepted, new Quiescence(suite));

        Set<String> scored = new HashSet<>();
        for (ConsumerRecord<String, String> record : BrokerRecords.readAll(suite.bootstrapServers(), Topics.CALL_SCORED)) {
            JsonNode envelope = JSON.readTree(record.value());
            scored.add(envelope.path("payload").path("callId").asText());
        }
        Set<String> withoutEvent = new HashSet<>(accepted);
        withoutEvent.removeAll(scored);
        long storedRefused = suite.sql().count("scorecard", "SELECT COUNT(*) FROM sales_call WHERE external_id IN ('"
                + String.join("','", refusedExternalIds) + "')");

        Map<String, List<Probe>> byEndpoint = new LinkedHashMap<>();
        probes.forEach(p -> byEndpoint.computeIfAbsent(p.what(), k -> new ArrayList<>()).add(p));
        List<String> badProbes = probes.stream().filter(p -> !p.ok()).map(Probe::toString).toList();
        long slowest = probes.stream().mapToLong(Probe::millis).max().orElse(0);
        byEndpoint.forEach((what, list) -> CallTraffic.OUT.printf("    %-32s %s%n", what,
                list.stream().map(p -> p.status() + " in " + p.millis() + " ms").toList()));
        if (!badProbes.isEmpty()) {
            CallTraffic.OUT.println("    probes not answered 503 problem+json in time: " + badProbes);
        }
        if (!withoutEvent.isEmpty()) {
            CallTraffic.OUT.println("    accepted calls without CallScored: " + withoutEvent);
        }
        String more = probes.size() + " probes on 6 endpoints: " + (probes.size() - badProbes.size()) + " answered 503 problem+json"
                + " (slowest " + slowest + " ms); " + acceptedDuring + " calls accepted during the outage; " + withoutEvent.size()
                + " accepted calls without CallScored; " + storedRefused + " refused calls stored";
        Verdict nudges = CallTraffic.exactlyOnceVerdict(audit, more);
        return Verdict.of(nudges.passed() && badProbes.isEmpty() && withoutEvent.isEmpty() && storedRefused == 0 && !probes.isEmpty(),
                nudges.evidence());
    }

    private static Probe probe(String what, RawHttp.Reply reply) {
        return new Probe(what, reply.status(), reply.status() == 0 ? reply.error() : reply.contentType(), reply.millis());
    }
}
