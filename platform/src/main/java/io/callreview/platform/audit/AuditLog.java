package io.callreview.platform.audit;

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
 * Appends to the service's audit log inside the transaction of the change it records, so an entry exists exactly when
 * the change does. There is no method to change or remove an entry.
 */
@ApplicationScoped
public class AuditLog {

    /** Who acted: the user id and their roles, comma-separated. */
    public record Actor(String id, String roles) {
    }

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    AuditChain chain;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedAction action, String entityType, String entityId, String callId, Map<String, Object> details) {
        append(currentActor(), action, entityType, entityId, callId, details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedAction action, String entityType, String entityId, Map<String, Object> details) {
        record(action, entityType, entityId, null, details);
    }

    /**
     * Records in the caller's transaction for an actor an event names: a consumer applies another service's change
     * with no caller of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditedAction action, String entityType, String entityId, String callId,
                       Map<String, Object> details) {
        append(actor, action, entityType, entityId, callId, details);
    }

    /** Records outside any request's transaction, for an actor known beforehand (the request may be over). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(Actor actor, AuditedAction action, String entityType, String entityId, Map<String, Object> details) {
        append(actor, action, entityType, entityId, null, details);
    }

    /** The caller of the current request. */
    public Actor currentActor() {
        return new Actor(user.id(), Stream.of(Roles.ADMIN, Roles.COACH, Roles.REP, Roles.INTEGRATION).filter(user::is)
                .collect(Collectors.joining(",")));
    }

    private void append(Actor actor, AuditedAction action, String entityType, String entityId, String callId,
                        Map<String, Object> details) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.actorId = actor.id();
        entry.actorRoles = actor.roles();
        entry.action = action.name();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.callId = callId;
        entry.details = details == null || details.isEmpty() ? null : details;
        chain.link(entry);
        entry.persist();
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
