package io.callreview.events;

/** Kafka topic names. The version suffix changes only with an incompatible payload change. */
public final class Topics {

    public static final String CALL_RECEIVED = "scorecard.call-received.v1";
    public static final String CALL_RECORDING_RECEIVED = "scorecard.call-recording-received.v1";
    public static final String CALL_SCORED = "scorecard.call-scored.v1";
    public static final String CALL_SCHEDULED = "scorecard.call-scheduled.v1";
    public static final String ROSTER_CHANGED = "scorecard.roster-changed.v1";
    public static final String DISPUTE_RESOLVED = "scorecard.dispute-resolved.v1";
    public static final String CALL_SET_ASIDE = "scorecard.call-set-aside.v1";
    public static final String NUDGE_REQUESTED = "coaching.nudge-requested.v1";
    public static final String REP_SHARING_CHANGED = "coaching.rep-sharing-changed.v1";
    public static final String REP_RESPONSE = "notification.rep-response.v1";
    public static final String REP_SCHEDULE_CHANGED = "notification.rep-schedule-changed.v1";

    /** Dead-letter topics are per consuming service: the service that could not process a record owns it. */
    public static final String SCORECARD_DEAD_LETTER = "scorecard-service.dead-letter.v1";
    public static final String COACHING_DEAD_LETTER = "coaching-service.dead-letter.v1";
    public static final String NOTIFICATION_DEAD_LETTER = "notification-service.dead-letter.v1";

    private Topics() {
    }
}
