package io.callreview.notification.audit;

import io.callreview.platform.audit.AuditedAction;

/** What notification-service's audit entries record (with the platform's ACCESS_DENIED), and the entity types they name. */
public enum AuditAction implements AuditedAction {
    PREFERENCES_CHANGED,
    DELIVERY_RETRIED;

    public static final String REP_PREFERENCES = "rep-preferences";
    public static final String DELIVERY = "delivery";
}
