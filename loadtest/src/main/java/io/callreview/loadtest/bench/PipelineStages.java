package io.callreview.loadtest.bench;

import io.callreview.loadtest.suite.Sql;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a call's time goes between its acceptance and its post-call nudge in the inbox, hop by hop, from the
 * timestamps the services keep anyway: the outbox rows (written in the transaction that raised the event; when the
 * relay sent them), the grading consumer's record of the CallReceived it took (stamped once the grade is in, as it
 * records it: so grading itself falls in the hop before), coaching-service's record of the scored call, and
 * notification-service's inbox item. Every timestamp is taken by a service on the same machine's clock and
 * stored with microseconds, so the hops add up to the whole.
 */
public final class PipelineStages {

    /** The hops, in the order a call passes them. */
    public static final List<String> HOPS = List.of(
            "scorecard outbox relay (CallReceived)",
            "to the grading consumer and through the grader (Kafka, any backlog, grading)",
            "the grade recorded, CallScored written",
            "scorecard outbox relay (CallScored)",
            "to coaching-service (Kafka, and any backlog)",
            "coaching-service applies the score, nudge written",
            "coaching outbox relay (NudgeRequested)",
            "to notification-service's inbox (Kafka, and any backlog)",
            "whole: CallReceived written to inbox");

    private PipelineStages() {
    }

    /** Per hop, the durations of the given calls that went all the way; calls with a gap anywhere are left out. */
    public static Map<String, Percentiles> of(Sql sql, Collection<String> callIds) throws SQLException {
        Set<String> wanted = Set.copyOf(callIds);
        Map<String, LocalDateTime[]> received = byFirstColumn(sql.rows("scorecard",
                "SELECT JSON_VALUE(o.payload, '$.payload.callId'), o.created_at, o.sent_at, p.processed_at"
                        + " FROM outbox_event o JOIN processed_event p ON p.event_id = o.event_id AND p.consumer = 'scorecard-grading'"
                        + " WHERE o.event_type = 'CallReceived' AND o.sent_at IS NOT NULL"));
        Map<String, LocalDateTime[]> scoredByCall = new HashMap<>();
        Map<String, String> scoredEventOfCall = new HashMap<>();
        for (List<String> row : sql.rows("scorecard",
                "SELECT JSON_VALUE(payload, '$.payload.callId'), event_id, created_at, sent_at FROM outbox_event"
                        + " WHERE event_type = 'CallScored' AND sent_at IS NOT NULL ORDER BY id")) {
            if (!scoredByCall.containsKey(row.get(0))) {
                // the first revision: the automatic grade that the post-call nudge answers
                scoredByCall.put(row.get(0), times(row.subList(2, 4)));
                scoredEventOfCall.put(row.get(0), row.get(1));
            }
        }
        Map<String, LocalDateTime[]> coachingReceived = byFirstColumn(sql.rows("coaching",
                "SELECT event_id, received_at FROM scored_call"));
        Map<String, LocalDateTime[]> nudgeByCall = new HashMap<>();
        Map<String, String> nudgeEventOfCall = new HashMap<>();
        for (List<String> row : sql.rows("coaching",
                "SELECT JSON_VALUE(payload, '$.payload.callId'), event_id, created_at, sent_at FROM outbox_event"
                        + " WHERE event_type = 'NudgeRequested' AND sent_at IS NOT NULL"
                        + " AND JSON_VALUE(payload, '$.payload.kind') = 'POST_CALL_FEEDBACK'")) {
            nudgeByCall.put(row.get(0), times(row.subList(2, 4)));
            nudgeEventOfCall.put(row.get(0), row.get(1));
        }
        Map<String, LocalDateTime[]> inbox = byFirstColumn(sql.rows("notification",
                "SELECT event_id, received_at FROM nudge"));

        Map<String, List<Long>> hops = new LinkedHashMap<>();
        HOPS.forEach(hop -> hops.put(hop, new ArrayList<>()));
        for (String call : wanted) {
            LocalDateTime[] r = received.get(call);
            LocalDateTime[] s = scoredByCall.get(call);
            LocalDateTime[] c = coachingReceived.get(scoredEventOfCall.get(call));
            LocalDateTime[] n = nudgeByCall.get(call);
            LocalDateTime[] i = inbox.get(nudgeEventOfCall.get(call));
            if (r == null || s == null || c == null || n == null || i == null) {
                continue;
            }
            LocalDateTime[] path = {r[0], r[1], r[2], s[0], s[1], c[0], n[0], n[1], i[0]};
            for (int hop = 0; hop < path.length - 1; hop++) {
                hops.get(HOPS.get(hop)).add(ChronoUnit.NANOS.between(path[hop], path[hop + 1]));
            }
            hops.get(HOPS.get(HOPS.size() - 1)).add(ChronoUnit.NANOS.between(path[0], path[path.length - 1]));
        }
        Map<String, Percentiles> result = new LinkedHashMap<>();
        hops.forEach((hop, nanos) -> result.put(hop, Percentiles.ofNanos(nanos)));
        return result;
    }

    private static Map<String, LocalDateTime[]> byFirstColumn(List<List<String>> rows) {
        Map<String, LocalDateTime[]> byKey = new HashMap<>();
        for (List<String> row : rows) {
            byKey.put(row.get(0), times(row.subList(1, row.size())));
        }
        return byKey;
    }

    private static LocalDateTime[] times(List<String> columns) {
        LocalDateTime[] times = new LocalDateTime[columns.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = LocalDateTime.parse(columns.get(i).replace(' ', 'T'));
        }
        return times;
    }
}
