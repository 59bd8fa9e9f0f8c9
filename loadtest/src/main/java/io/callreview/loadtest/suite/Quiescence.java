package io.callreview.loadtest.suite;

import io.callreview.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until nothing is still on its way, so that counting afterwards proves "exactly once" rather than "not yet
 * twice": every outbox is relayed, scorecard-service has graded every call it accepted, coaching has dispatched every
 * post-call nudge it planned, and each consumer group (scorecard-service's own, which grades from
 * {@code CallReceived}, included) has committed every topic it reads to the end. The state must hold on two checks in
 * a row.
 */
public final class Quiescence {

    public static final Map<String, List<String>> CONSUMED = Map.of(
            "scorecard-service", List.of(Topics.CALL_RECEIVED, Topics.REP_SHARING_CHANGED),
            "coaching-service", List.of(Topics.CALL_SCORED, Topics.CALL_SCHEDULED, Topics.REP_RESPONSE, Topics.REP_SCHEDULE_CHANGED,
                    Topics.CALL_SET_ASIDE),
            "notification-service", List.of(Topics.NUDGE_REQUESTED));

    private final SuiteUnderTest suite;
    private final List<Callable<String>> extraChecks = new ArrayList<>();

    public Quiescence(SuiteUnderTest suite) {
        this.suite = suite;
    }

    /** An extra condition: returns null when settled, else what is still going on. */
    public Quiescence also(Callable<String> check) {
        extraChecks.add(check);
        return this;
    }

    /** Waits until settled; returns null when it is, else what was still going on when {@code timeout} passed. */
    public String await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int settledChecks = 0;
        String busy = "not checked";
        while (System.nanoTime() < deadline) {
            busy = busy();
            settledChecks = busy == null ? settledChecks + 1 : 0;
            if (settledChecks >= 2) {
                return null;
            }
            Thread.sleep(1_000);
        }
        return busy;
    }

    private String busy() {
        try {
            for (String db : Sql.DATABASES) {
                long unsent = suite.sql().unsentOutbox(db);
                if (unsent > 0) {
                    return unsent + " events in the " + db + " outbox not yet relayed";
                }
            }
            long grading = suite.sql().callsGrading();
            if (grading > 0) {
                return grading + " calls still GRADING in scorecard-service";
            }
            long pending = suite.sql().pendingPostCallNudges();
            if (pending > 0) {
                return pending + " post-call nudges still pending in coaching-service";
            }
            String lag = consumerLag();
            if (lag != null) {
                return lag;
            }
            for (Callable<String> check : extraChecks) {
                String busy = check.call();
                if (busy != null) {
                    return busy;
                }
            }
            return null;
        } catch (Exception e) {
            return "cannot check yet: " + e;
        }
    }

    /** Records not yet committed per group, or null when every group has committed every topic it reads to the end. */
    public String consumerLag() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
            for (Map.Entry<String, List<String>> group : CONSUMED.entrySet()) {
                long lag = lag(admin, group.getKey(), group.getValue());
                if (lag > 0) {
                    return group.getKey() + " has " + lag + " records not yet committed";
                }
            }
            return null;
        }
    }

    static long lag(Admin admin, String group, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(15, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get(15, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            long consumed = at == null ? 0 : at.offset();
            lag += Math.max(0, end.getValue().offset() - consumed);
        }
        return lag;
    }
}
