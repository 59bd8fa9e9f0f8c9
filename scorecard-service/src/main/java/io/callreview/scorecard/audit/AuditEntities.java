package io.callreview.scorecard.audit;

/** Entity types named in scorecard-service's audit log. */
public final class AuditEntities {

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

    private AuditEntities() {
    }
}
