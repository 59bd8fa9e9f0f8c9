package io.callreview.loadtest.faults;

import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.ServiceProcess;
import io.callreview.loadtest.suite.CallStream;
import io.callreview.loadtest.suite.NudgeAudit;
import io.callreview.loadtest.suite.Quiescence;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reps' chat endpoint is failing (it holds each POST 1.5 s, then answers 500) and notification-service is killed
 * with SIGKILL while it retries, mostly with a POST in flight. After the restart the endpoint heals. Every chat
 * delivery must then go out exactly once, except one whose send was in flight when the service died: that one is in
 * doubt (the endpoint may have it), so it must be marked FAILED / IN_DOUBT for an admin and never resent.
 */
final class NotificationKilledWhileChatFails implements Scenario {

    private static final int CALLS = 30;

    private ChatReceiver receiver;

    @Override
    public String name() {
        return "notification-killed-chat-failing";
    }

    @Override
    public String fault() {
        return "chat webhook answering 500 (after holding 1.5 s); notification-service killed with SIGKILL while retrying,"
                + " restarted 10 s later, then the webhook heals";
    }

    @Override
    public String invariant() {
        return "deliveries resume; every chat delivery reaches the webhook at most once (exactly once unless in doubt);"
                + " every nudge is in the inbox exactly once";
    }

    @Override
    public Map<String, Map<String, String>> environment() throws Exception {
        receiver = new ChatReceiver(1_500);
        return Map.of(LocalSuite.NOTIFICATION, Map.of(
                "DELIVERY_INITIAL_BACKOFF", "PT2S",
                "DELIVERY_MAX_BACKOFF", "PT8S",
                "DELIVERY_BACKOFF_JITTER", "0.2",
                "DELIVERY_MAX_ATTEMPTS", "100",
                "DISPATCHER_LEASE", "PT30S",
                "CHAT_TIMEOUT", "PT5S"));
    }

    @Override
    public Verdict run(SuiteUnderTest suite) throws Exception {
        CallTraffic traffic = new CallTraffic(suite, 6, Roster.Channels.inboxAndChat(receiver::urlFor));
        CallStream stream = traffic.stream(CALLS, 1.0);
        CallTraffic.awaitCondition("10 failed chat POSTs", CallTraffic.PATIENCE, () -> receiver.failedPosts() >= 10);
        CallTraffic.awaitCondition("a chat POST in flight", Duration.ofMinutes(2), () -> receiver.inFlight() > 0);
        ServiceProcess notification = suite.service(LocalSuite.NOTIFICATION);
        CallTraffic.OUT.println("    SIGKILL notification-service with " + receiver.inFlight() + " chat POST(s) in flight, after "
                + receiver.failedPosts() + " failed POSTs");
        notification.kill();
        Thread.sleep(10_000);
        notification.restartAndAwait(SuiteUnderTest.READY);
        receiver.heal();
        long healedAt = System.nanoTime();
        CallTraffic.OUT.println("    notification-service restarted, webhook healed");
        Set<String> accepted = CallTraffic.finish(stream);

        Quiescence quiescence = new Quiescence(suite).also(() -> {
            long open = suite.sql().count("notification",
                    "SELECT COUNT(*) FROM delivery WHERE channel = 'CHAT' AND status IN ('PENDING', 'DEFERRED', 'SENDING')");
            return open == 0 ? null : open + " chat deliveries not yet final";
        });
        NudgeAudit audit = traffic.settleAndAudit(accepted, quiescence);

        List<List<String>> deliveries = suite.sql().rows("notification",
                "SELECT d.id, n.nudge_id, d.status, COALESCE(d.reason, ''), n.call_id FROM delivery d JOIN nudge n ON n.id = d.nudge_ref"
                        + " WHERE d.channel = 'CHAT' AND n.kind = 'POST_CALL_FEEDBACK'");
        Map<String, Integer> delivered = receiver.deliveredPerReference();
        int sent = 0;
        int inDoubt = 0;
        List<String> problems = new ArrayList<>();
        for (List<String> delivery : deliveries) {
            String reference = "delivery-" + delivery.get(0);
            int posts = delivered.getOrDefault(reference, 0);
            String status = delivery.get(2);
            String reason = delivery.get(3);
            if (status.equals("SENT") && posts == 1) {
                sent++;
            } else if (status.equals("FAILED") && reason.equals("IN_DOUBT") && posts == 0) {
                inDoubt++;
            } else {
                problems.add(reference + " (nudge " + delivery.get(1) + ") is " + status + "/" + reason + " with " + posts
                        + " delivered POSTs");
            }
        }
        long duplicates = delivered.values().stream().filter(n -> n > 1).count();
        long deliveredAfterHeal = receiver.posts().stream().filter(p -> p.answered() < 300 && p.atNanos() >= healedAt).count();
        if (!problems.isEmpty()) {
            CallTraffic.OUT.println("    chat deliveries out of line: " + problems);
        }
        // one chat delivery per nudged call: a call whose nudge coaching withdrew on purpose has none
        Set<String> nudgedCalls = new HashSet<>(accepted);
        nudgedCalls.removeAll(audit.withdrawn().keySet());
        Set<String> callsWithDelivery = deliveries.stream().map(d -> d.get(4)).collect(Collectors.toSet());
        if (!callsWithDelivery.equals(nudgedCalls)) {
            problems.add("chat deliveries for " + callsWithDelivery.size() + " calls, nudged calls " + nudgedCalls.size());
        }
        boolean chatOk = problems.isEmpty() && duplicates == 0 && deliveries.size() == nudgedCalls.size() && deliveredAfterHeal > 0;
        Verdict inbox = CallTraffic.exactlyOnceVerdict(audit, "chat: " + deliveries.size() + " deliveries, "
                + sent + " delivered exactly once after the heal, " + inDoubt + " in doubt (FAILED/IN_DOUBT, not resent), "
                + duplicates + " duplicated, " + problems.size() + " otherwise; " + receiver.failedPosts() + " POSTs answered 500 before");
        return Verdict.of(inbox.passed() && chatOk, inbox.evidence());
    }

    @Override
    public void cleanUp() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
