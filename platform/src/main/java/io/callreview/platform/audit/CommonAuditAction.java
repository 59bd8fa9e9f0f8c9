package io.callreview.platform.audit;

/** Actions every service records the same way. */
public enum CommonAuditAction implements AuditedAction {
    /** An authenticated caller was refused: 403, or a 404 that hides an object they may not see. */
    ACCESS_DENIED
}
