package io.callreview.platform.audit;

/** What an audit entry records; each service lists its actions in an enum that implements this. */
public interface AuditedAction {

    /** The action's name as the log stores it, e.g. {@code PLAN_CREATED}. */
    String name();
}
