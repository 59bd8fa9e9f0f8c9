package io.callreview.loadtest.suite;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The post-call nudges in the reps' inboxes, held against the accepted calls: which calls were not nudged exactly
 * once, and which coaching-service withdrew on purpose (those must have none). Read once the suite has settled.
 *
 * @param wrong     calls not nudged as expected, with their number of nudges (see {@link InboxWatcher#notAsExpected})
 * @param withdrawn accepted calls whose nudge coaching withdrew on purpose, with the reason it recorded
 */
public record NudgeAudit(Set<String> accepted, Map<String, String> withdrawn, Map<String, Integer> perCall, Map<String, Integer> wrong) {

    public static NudgeAudit of(SuiteUnderTest suite, List<Rep> reps, Set<String> accepted) throws SQLException {
        Map<String, String> withdrawn = new LinkedHashMap<>();
        suite.withdrawnPostCallNudges().forEach((callId, reason) -> {
            if (accepted.contains(callId)) {
                withdrawn.put(callId, reason);
            }
        });
        Map<String, Integer> perCall = InboxWatcher.postCallNudgesPerCall(suite.notification(), reps);
        return new NudgeAudit(Set.copyOf(accepted), withdrawn, perCall, InboxWatcher.notAsExpected(perCall, accepted, withdrawn.keySet()));
    }

    public boolean holds() {
        return wrong.isEmpty();
    }

    public long exactlyOnce() {
        return accepted.stream().filter(id -> !wrong.containsKey(id) && !withdrawn.containsKey(id)).count();
    }

    public long lost() {
        return wrong.values().stream().filter(n -> n == 0).count();
    }

    public long duplicated() {
        return wrong.values().stream().filter(n -> n > 1).count();
    }

    public long nudgedThoughWithdrawn() {
        return withdrawn.keySet().stream().filter(perCall::containsKey).count();
    }

    /** One of the reasons coaching gave for a withdrawal, as an example for reports. */
    public String exampleWithdrawal() {
        return withdrawn.values().stream().findFirst().orElse("");
    }
}
