package io.callreview.scorecard.audit;

import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Appends to the audit log inside the transaction of the change it records, so an entry exists exactly when the
 * change does. There is no method to change or remove an entry.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    AuditChain chain;

    /** Entity types named in the log. */
    public static final String CALL_TYPE = "call-type";
    public static final String SCORECARD = "scorecard";
    public static final String REVIEW = "review";
    public static final String CALL = "call";
    public static final String SCHEDULED_CALL = "scheduled-call";
    public static final String DISPUTE = "dispute";
    public static final String CALIBRATION = "calibration";
    public static final String SOURCE = "source";
    public static final String EXPORT = "export";
    public static final String EXAMPLE_SUGGESTION = "example-suggestion";
    public static final String ROSTER_REP = "roster-rep";
    public static final String ROSTER_COACH = "roster-coach";

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String entityType, String entityId, String callId, Map<String, Object> details) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.actorId = user.id();
        entry.actorRoles = Stream.of(Roles.ADMIN, Roles.COACH, Roles.REP, Roles.INTEGRATION).filter(user::is)
                .collect(Collectors.joining(","));
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.callId = callId;
        entry.details = details == null || details.isEmpty() ? null : details;
        chain.link(entry);
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String entityType, String entityId, Map<String, Object> details) {
        record(action, entityType, entityId, null, details);
    }

    /** Details in the order given, nulls kept: {@code details("before", a, "after", b)}. */
    public static Map<String, Object> details(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }
}
