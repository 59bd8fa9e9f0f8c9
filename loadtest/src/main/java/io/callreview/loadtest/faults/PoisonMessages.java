package io.callreview.loadtest.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.EventContract;
import io.callreview.events.Topics;
import io.callreview.launcher.ApiClient;
import io.callreview.loadtest.suite.InboxWatcher;
import io.callreview.loadtest.suite.PlannedCall;
import io.callreview.loadtest.suite.Quiescence;
import io.callreview.loadtest.suite.Rep;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Records no service could ever process, put straight on every consumed topic, keyed by a rep so they sit in the
 * same partition right before that rep's next real events: not JSON, an envelope of the wrong type, and an envelope
 * of the right type whose payload misses required fields. Each must land in the consuming service's dead-letter
 * topic with a reason, and the real events after them must still be processed.
 */
final class PoisonMessages implements Scenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, String> CONSUMER_OF = Map.of(
            Topics.CALL_RECEIVED, Topics.SCORECARD_DEAD_LETTER,
            Topics.CALL_SCORED, Topics.COACHING_DEAD_LETTER,
            Topics.CALL_SCHEDULED, Topics.COACHING_DEAD_LETTER,
            Topics.REP_RESPONSE, Topics.COACHING_DEAD_LETTER,
            Topics.REP_SCHEDULE_CHANGED, Topics.COACHING_DEAD_LETTER,
            Topics.NUDGE_REQUESTED, Topics.NOTIFICATION_DEAD_LETTER,
            Topics.REP_SHARING_CHANGED, Topics.SCORECARD_DEAD_LETTER,
            Topics.CALL_SET_ASIDE, Topics.COACHING_DEAD_LETTER);

    @Override
    public String name() {
        return "poison-messages";
    }

    @Override
    public String fault() {
        return "3 poison records (not JSON, wrong event type, payload missing required fields) on each of the " + CONSUMER_OF.size() + " consumed topics";
    }

    @Override
    public String invariant() {
        return "each lands in the consumer's dead-letter topic with a reason; a valid event after it on the same partition is processed";
    }

    @Override
    public Verdict run(SuiteUnderTest suite) throws Exception {
        CallTraffic traffic = new CallTraffic(suite, 2, Roster.Channels.inboxOnly());
        Rep rep = traffic.reps.get(0);

        Map<String, String> markerTopic = new LinkedHashMap<>();
        for (String topic : CONSUMER_OF.keySet()) {
            EventContract<?> contract = EventContract.forTopic(topic);
            String notJson = "poison-" + UUID.randomUUID() + " {not json";
            String wrongType = UUID.randomUUID().toString();
            String missingFields = UUID.randomUUID().toString();
            String now = Instant.now().toString();
            List<String> values = List.of(notJson,
                    "{\"eventId\":\"" + wrongType + "\",\"type\":\"SomethingElse\",\"schemaVersion\":1,\"occurredAt\":\"" + now + "\",\"payload\":{}}",
                    "{\"eventId\":\"" + missingFields + "\",\"type\":\"" + contract.type() + "\",\"schemaVersion\":" + contract.schemaVersion()
                            + ",\"occurredAt\":\"" + now + "\",\"payload\":{\"repId\":\"" + rep.id() + "\"}}");
            BrokerRecords.send(suite.bootstrapServers(), topic, rep.id(), values);
            markerTopic.put(notJson, topic);
            markerTopic.put(wrongType, topic);
            markerTopic.put(missingFields, topic);
        }
        CallTraffic.OUT.println("    " + markerTopic.size() + " poison records sent, keyed " + rep.id());

        // Real events for the same rep, behind the poison on the same partitions. The call is accepted for grading
        // (202, status GRADING): its CallReceived sits behind the poison on scorecard-service's own topic, and its
        // CallScored, once graded, behind the poison on coaching's.
        ApiClient scorecard = suite.scorecard();
        PlannedCall call = traffic.call(rep);
        String callId = scorecard.send("POST", "/api/calls", suite.integrationToken(), call.body(), Map.of()).expect(202).json().get("id").asText();
        String scheduledExternalId = "poison-scheduled-" + UUID.randomUUID();
        scorecard.post("/api/scheduled-calls", suite.integrationToken(), Map.of("repId", rep.id(), "teamId", rep.teamId(),
                "callType", CallTraffic.CALL_TYPES.get(0), "startsAt", Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "externalId", scheduledExternalId, "source", "salesforce")).expect(201);
        suite.notification().put("/api/reps/" + rep.id() + "/preferences", rep.token(),
                Roster.anyHourPreferences(rep.id(), Roster.Channels.inboxOnly())).expect(200);

        boolean callGraded = awaitGraded(scorecard, suite.adminToken(), callId);
        boolean callScoredAndNudgeProcessed;
        String nudgeId = null;
        try (InboxWatcher watcher = InboxWatcher.byApi(suite.notification(), Duration.ofMillis(500))) {
            watcher.expect(rep, callId, System.nanoTime());
            callScoredAndNudgeProcessed = watcher.awaitAll(CallTraffic.PATIENCE);
        }
        if (callScoredAndNudgeProcessed) {
            for (JsonNode item : suite.notification().get("/api/reps/" + rep.id() + "/inbox?size=100", rep.token()).expect(200).json().path("items")) {
                if (callId.equals(item.path("callId").asText())) {
                    nudgeId = item.get("nudgeId").asText();
                }
            }
            suite.notification().post("/api/reps/" + rep.id() + "/inbox/" + nudgeId + "/response", rep.token(),
                    Map.of("kind", "ACKNOWLEDGED")).expect(201);
        }
        // the rep is known to coaching once their CallScored is processed: their consent change follows the poison too
        boolean sharingSent = callScoredAndNudgeProcessed && suite.coaching().put("/api/reps/" + rep.id() + "/sharing", rep.token(),
                Map.of("shareMoments", false)).status() == 200;
        // and so is the call an admin sets aside once coaching knows it
        boolean setAsideSent = callScoredAndNudgeProcessed && scorecard.post("/api/calls/" + callId + "/set-aside", suite.adminToken(),
                Map.of("reason", "poison-messages: set aside after the poison")).status() == 200;
        String busy = new Quiescence(suite).await(CallTraffic.PATIENCE);
        if (busy != null) {
            return Verdict.of(false, "the suite did not settle: " + busy);
        }
        boolean scheduledProcessed = false;
        for (ConsumerRecord<String, String> record : BrokerRecords.readAll(suite.bootstrapServers(), Topics.CALL_SCHEDULED)) {
            JsonNode envelope;
            try {
                envelope = JSON.readTree(record.value());
            } catch (java.io.IOException poison) {
                continue;
            }
            if (scheduledExternalId.equals(envelope.path("payload").path("externalId").asText())) {
                scheduledProcessed = suite.sql().count("coaching", "SELECT COUNT(*) FROM processed_event WHERE event_id = '"
                        + envelope.path("eventId").asText() + "'") == 1;
            }
        }
        // coaching keeps the revision of the last RepScheduleChanged it applied: it must be that of the change after the poison
        long scheduleRevision = suite.sql().count("notification", "SELECT revision FROM rep_preferences WHERE rep_id = '" + rep.id() + "'");
        boolean scheduleProcessed = suite.sql().count("coaching", "SELECT COUNT(*) FROM rep WHERE rep_id = '" + rep.id()
                + "' AND schedule_revision = " + scheduleRevision) == 1;
        boolean sharingProcessed = sharingSent && suite.sql().count("scorecard", "SELECT COUNT(*) FROM rep_sharing WHERE rep_id = '"
                + rep.id() + "' AND share_moments = FALSE") == 1;
        boolean setAsideProcessed = setAsideSent && suite.sql().count("coaching", "SELECT COUNT(*) FROM scored_call WHERE call_id = '"
                + callId + "' AND set_aside = TRUE") == 1;
        long responsesRecorded = nudgeId == null ? 0
                : suite.sql().count("coaching", "SELECT COUNT(*) FROM rep_response WHERE nudge_id = '" + nudgeId + "'");

        int deadLettered = 0;
        List<String> problems = new ArrayList<>();
        Map<String, List<ConsumerRecord<String, String>>> dlq = new LinkedHashMap<>();
        for (String topic : List.of(Topics.SCORECARD_DEAD_LETTER, Topics.COACHING_DEAD_LETTER, Topics.NOTIFICATION_DEAD_LETTER)) {
            dlq.put(topic, BrokerRecords.readAll(suite.bootstrapServers(), topic));
        }
        for (Map.Entry<String, String> poison : markerTopic.entrySet()) {
            String deadLetterTopic = CONSUMER_OF.get(poison.getValue());
            ConsumerRecord<String, String> found = dlq.get(deadLetterTopic).stream()
                    .filter(r -> r.value() != null && r.value().contains(poison.getKey())).findFirst().orElse(null);
            Header reason = found == null ? null : found.headers().lastHeader("dead-letter-reason");
            if (found != null && reason != null && reason.value().length > 0) {
                deadLettered++;
                CallTraffic.OUT.printf("    %-30s -> %-37s %s%n", poison.getValue(), deadLetterTopic,
                        abbreviate(new String(reason.value(), StandardCharsets.UTF_8)));
            } else {
                problems.add(poison.getValue() + " record " + abbreviate(poison.getKey()) + (found == null ? " not dead-lettered" : " without a reason"));
            }
        }
        if (!problems.isEmpty()) {
            CallTraffic.OUT.println("    " + problems);
        }
        String evidence = markerTopic.size() + " poison records, " + deadLettered + " dead-lettered with a reason; after them: CallReceived -> grade "
                + (callGraded ? "processed" : "NOT processed") + ", CallScored -> nudge "
                + (callScoredAndNudgeProcessed ? "processed" : "NOT processed") + ", NudgeRequested -> inbox "
                + (callScoredAndNudgeProcessed ? "processed" : "NOT processed") + ", CallScheduled "
                + (scheduledProcessed ? "processed" : "NOT processed") + ", RepResponse -> " + (responsesRecorded == 1 ? "recorded" : "NOT recorded")
                + ", RepScheduleChanged " + (scheduleProcessed ? "processed" : "NOT processed")
                + ", RepSharingChanged " + (sharingProcessed ? "processed" : "NOT processed")
                + ", CallSetAside " + (setAsideProcessed ? "processed" : "NOT processed");
        return Verdict.of(problems.isEmpty() && callGraded && callScoredAndNudgeProcessed && scheduledProcessed && responsesRecorded == 1
                && scheduleProcessed && sharingProcessed && setAsideProcessed, evidence);
    }

    /** Whether scorecard-service's consumer group graded the call (its status left GRADING) within the patience. */
    private static boolean awaitGraded(ApiClient scorecard, String admin, String callId) {
        try {
            CallTraffic.awaitCondition("call " + callId + " graded", CallTraffic.PATIENCE, () -> {
                ApiClient.Reply reply = scorecard.get("/api/calls/" + callId, admin);
                return reply.status() == 200 && !"GRADING".equals(reply.json().path("status").asText());
            });
            return true;
        } catch (ConditionTimeoutException notGraded) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 90 ? line.substring(0, 90) + "..." : line;
    }
}
