package io.callreview.scorecard.domain;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.transcript.Participant;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A sales call as a CRM or telephony system reported it, pinned to the scorecard version that grades it. */
@Entity
@Table(name = "sales_call")
public class SalesCall extends PanacheEntityBase {

    /** The size of the status_reason column. */
    public static final int REASON_LIMIT = 2000;

    @Id
    public String id;

    @Column(nullable = false, updatable = false)
    public String source;

    @Column(name = "external_id", nullable = false, updatable = false)
    public String externalId;

    @Column(name = "rep_id", nullable = false)
    public String repId;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_type_id", nullable = false, updatable = false)
    public CallType callType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_version_id", nullable = false, updatable = false)
    public ScorecardVersion scorecard;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "duration_seconds", nullable = false)
    public int durationSeconds;

    @Column(name = "recording_url")
    public String recordingUrl;

    /** The bearer token the recording is downloaded with, when its source needs one; cleared once it is transcribed. */
    @Column(name = "recording_token", length = 2000)
    public String recordingToken;

    @Convert(converter = JsonColumns.Participants.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public List<Participant> participants;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallStatus status;

    /** Why the call is in its status, when that needs saying (why grading failed). */
    @Column(name = "status_reason", length = 2000)
    public String statusReason;

    /** An admin asked for the call to be graded though it looked like no conversation (a voicemail, a dropped call). */
    @Column(name = "grade_anyway", nullable = false)
    public boolean gradeAnyway;

    /** The admin who set the call aside (status SET_ASIDE, the reason in statusReason). */
    @Column(name = "set_aside_by")
    public String setAsideBy;

    @Column(name = "set_aside_at")
    public Instant setAsideAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "received_by", updatable = false)
    public String receivedBy;

    @Version
    public long revision;

    /**
     * Moves the call to {@code to} with the reason (cut to what the column holds) when it is still {@code from}: a
     * failure reported late, after an admin moved the call on, changes nothing.
     */
    public void stop(CallStatus from, CallStatus to, String reason) {
        if (status == from) {
            status = to;
            statusReason = reason.length() <= REASON_LIMIT ? reason : reason.substring(0, REASON_LIMIT);
        }
    }

    public boolean isSetAside() {
        return status == CallStatus.SET_ASIDE;
    }

    /**
     * Refuses {@code what} with 409 naming the call's status when an admin set the call aside: nothing more happens to
     * such a call. {@code field} is the request's field or parameter that names the call.
     */
    public void refuseWhenSetAside(String field, String what) {
        if (isSetAside()) {
            throw ApiException.conflict(field, "call " + id + " is " + status + " (" + statusReason + "): " + what
                    + " no longer applies to it");
        }
    }

    public static Optional<SalesCall> findByExternalId(String source, String externalId) {
        return find("source = ?1 AND externalId = ?2", source, externalId).firstResultOptional();
    }
}
