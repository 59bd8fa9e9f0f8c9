package io.callreview.coaching.audit;

import io.callreview.platform.audit.AuditedAction;

/** What coaching-service's audit entries record (with the platform's ACCESS_DENIED), and the entity types they name. */
public enum AuditAction implements AuditedAction {
    PLAN_CREATED,
    PLAN_UPDATED,
    PLAN_COMPLETED,
    PLAN_CANCELLED,
    SHARING_CHANGED,
    MENTORING_MEETING_RECORDED,
    TRAINING_DONE,
    CALL_SET_ASIDE;

    public static final String PLAN = "plan";
    public static final String REP_SHARING = "rep-sharing";
    public static final String MENTORING_PAIRING = "mentoring-pairing";
    public static final String TRAINING_UNIT = "training-unit";
    public static final String CALL = "call";
}
