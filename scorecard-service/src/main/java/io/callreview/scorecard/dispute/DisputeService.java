package io.callreview.scorecard.dispute;

import io.callreview.events.DisputeResolved;
import io.callreview.events.EventContract;
import io.callreview.events.Verdict;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.persistence.RowLocks;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.query.Conditions;
import io.callreview.platform.query.Paging;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.access.Visibility;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.scoring.CoachVerdict;
import io.callreview.scorecard.scoring.ScoreRecorder;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A rep acknowledges the latest score of their call, or disputes one behaviour's verdict in it with a comment.
 * A coach of the team resolves the dispute once: ACCEPTED changes the verdict in a new score revision (published
 * like a review), PARTIALLY_ACCEPTED records the coach's note while the verdict stands, REJECTED keeps the verdict
 * with a reason. A resolved dispute is locked: it cannot be resolved again, and the same verdict of the same
 * revision cannot be disputed again. A call an admin set aside is neither acknowledged nor disputed any more, and its
 * open disputes are CLOSED unresolved.
 */
@ApplicationScoped
public class DisputeService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ScoreRecorder scores;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Transactional
    public AcknowledgementView acknowledge(String callId) {
        SalesCall call = ownCall(callId);
        call.refuseWhenSetAside("callId", "acknowledging its score");
        ScoreRevision latest = latest(call);
        ScoreAcknowledgement.Key key = new ScoreAcknowledgement.Key(call.id, latest.revision);
        ScoreAcknowledgement acknowledgement = ScoreAcknowledgement.findById(key);
        if (acknowledgement == null) {
            acknowledgement = new ScoreAcknowledgement();
            acknowledgement.key = key;
            acknowledgement.repId = user.id();
            acknowledgement.acknowledgedAt = clock.instant();
            acknowledgement.persist();
            audit.record(AuditAction.SCORE_ACKNOWLEDGED, AuditEntities.CALL, call.id, call.id,
                    AuditLog.details("revision", latest.revision));
        }
        return DisputeViews.acknowledgement(acknowledgement);
    }

    @Transactional
    public DisputeView open(String callId, DisputeRequest request) {
        SalesCall call = RowLocks.lock(SalesCall.getEntityManager(), ownCall(callId));
        call.refuseWhenSetAside("callId", "disputing its score");
        ScoreRevision latest = latest(call);
        BehaviourVerdict disputed = latest.verdict(request.behaviourKey()).orElseThrow(() -> ApiException.badRequest(
                "behaviourKey", "'" + request.behaviourKey() + "' is not a behaviour of score revision " + latest.revision
                        + " (" + String.join(", ", latest.verdicts.stream().map(v -> v.key).toList()) + ")"));
        ScoreDispute.findFor(call, latest.revision, disputed.key).ifPresent(existing -> {
            throw ApiException.conflict("behaviourKey", existing.status == DisputeStatus.OPEN
                    ? "dispute " + existing.id + " of this verdict is still open"
                    : "dispute " + existing.id + " of this verdict was " + existing.status + " and is locked");
        });
        ScoreDispute dispute = new ScoreDispute();
        dispute.id = UUID.randomUUID().toString();
        dispute.call = call;
        dispute.revision = latest.revision;
        dispute.behaviourKey = disputed.key;
        dispute.disputedVerdict = disputed.verdict;
        dispute.repId = call.repId;
        dispute.teamId = call.teamId;
        dispute.callStartedAt = call.startedAt;
        dispute.comment = request.comment().strip();
        dispute.status = DisputeStatus.OPEN;
        dispute.openedAt = clock.instant();
        dispute.persist();
        audit.record(AuditAction.DISPUTE_OPENED, AuditEntities.DISPUTE, dispute.id, call.id, AuditLog.details(
                "revision", dispute.revision, "behaviourKey", dispute.behaviourKey, "verdict", dispute.disputedVerdict.name(),
                "comment", dispute.comment));
        return DisputeViews.dispute(dispute);
    }

    @Transactional
    public DisputeView resolve(String disputeId, ResolutionRequest request) {
        ScoreDispute dispute = ScoreDispute.findById(disputeId);
        if (dispute == null) {
            throw ApiException.notFound("dispute", disputeId);
        }
        user.requireTeam("dispute", disputeId, dispute.teamId);
        // the call before the dispute, in the order setting the call aside takes them
        RowLocks.lock(SalesCall.getEntityManager(), dispute.call);
        RowLocks.lock(ScoreDispute.getEntityManager(), dispute);
        if (dispute.status == DisputeStatus.CLOSED) {
            dispute.call.refuseWhenSetAside("id", "resolving its dispute " + dispute.id);
        }
        if (dispute.status != DisputeStatus.OPEN) {
            throw ApiException.conflict("id", "dispute " + dispute.id + " was already resolved as " + dispute.status
                    + " by " + dispute.resolvedBy + " and is locked");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        DisputeStatus outcome = request.outcome().status();
        if (outcome != DisputeStatus.ACCEPTED) {
            if (request.verdict() != null) {
                throw ApiException.badRequest("verdict", "only an ACCEPTED dispute changes the verdict");
            }
            if (reason == null) {
                throw ApiException.badRequest("reason", "a reason is required to " + (outcome == DisputeStatus.REJECTED
                        ? "reject a dispute" : "accept a dispute partially"));
            }
        } else {
            accept(dispute, request.verdict(), reason);
        }
        dispute.status = outcome;
        dispute.resolvedBy = user.id();
        dispute.resolvedAt = clock.instant();
        dispute.resolutionReason = reason;
        outbox.publish(EventContract.DISPUTE_RESOLVED, resolved(dispute));
        audit.record(AuditAction.DISPUTE_RESOLVED, AuditEntities.DISPUTE, dispute.id, dispute.call.id, AuditLog.details(
                "outcome", dispute.status.name(), "behaviourKey", dispute.behaviourKey,
                "before", dispute.disputedVerdict.name(),
                "after", (dispute.resolvedVerdict != null ? dispute.resolvedVerdict : dispute.disputedVerdict).name(),
                "reason", reason, "revision", dispute.resultingRevision));
        return DisputeViews.dispute(dispute);
    }

    /** What the rep is told: the outcome, and the coach's reason. */
    private static DisputeResolved resolved(ScoreDispute dispute) {
        SalesCall call = dispute.call;
        String question = ScoreRevision.findRevision(call, dispute.revision)
                .map(r -> r.scorecard.behavioursByKey().get(dispute.behaviourKey))
                .map(Behaviour::question).orElse(dispute.behaviourKey);
        return new DisputeResolved(dispute.id, call.id, dispute.repId, dispute.teamId, call.callType.key, dispute.behaviourKey,
                question, DisputeResolved.Outcome.valueOf(dispute.status.name()), dispute.disputedVerdict, dispute.resolvedVerdict,
                dispute.resolutionReason, dispute.resolvedBy, dispute.resolvedAt, dispute.resultingRevision);
    }

    /** The verdict changes in a new revision of the latest score; the other verdicts carry over as they are. */
    private void accept(ScoreDispute dispute, Verdict verdict, String reason) {
        if (verdict == null) {
            throw ApiException.badRequest("verdict", "an ACCEPTED dispute needs the new verdict");
        }
        SalesCall call = dispute.call;
        ScoreRevision latest = latest(call);
        Behaviour behaviour = latest.scorecard.behavioursByKey().get(dispute.behaviourKey);
        if (behaviour == null) {
            throw ApiException.conflict("verdict", "the latest score (revision " + latest.revision + ") no longer grades '"
                    + dispute.behaviourKey + "'");
        }
        behaviour.coachVerdictError(verdict).ifPresent(error -> {
            throw ApiException.badRequest("verdict", error);
        });
        BehaviourVerdict current = latest.verdict(dispute.behaviourKey).orElseThrow();
        if (current.verdict == verdict) {
            throw ApiException.unprocessable("verdict", "'" + dispute.behaviourKey + "' is already " + verdict
                    + " in revision " + latest.revision);
        }
        String rationale = "dispute accepted" + (reason == null ? "" : ": " + reason);
        List<ScoreRecorder.Entry> entries = new ArrayList<>();
        for (BehaviourVerdict v : latest.verdicts) {
            // the disputed verdict's comment argued for the verdict it no longer has
            entries.add(v.key.equals(dispute.behaviourKey)
                    ? ScoreRecorder.coachDecided(call, new CoachVerdict(v.key, verdict, rationale, null))
                    : ScoreRecorder.Entry.carriedOver(v));
        }
        // The coach's marks stay while they still fit: a strength must still be MET, a focus not yet MET.
        String strength = latest.strengthBehaviourKey != null && !(latest.strengthBehaviourKey.equals(dispute.behaviourKey)
                && verdict != Verdict.MET) ? latest.strengthBehaviourKey : null;
        String focus = latest.focusBehaviourKey != null && !(latest.focusBehaviourKey.equals(dispute.behaviourKey)
                && verdict == Verdict.MET) ? latest.focusBehaviourKey : null;
        ScoreRevision score = scores.recordCoachRevision(call, latest.scorecard, user.id(), entries,
                new ScoreRecorder.Feedback(strength, focus, latest.momentsOrEmpty(), latest.comment),
                ScoreRecorder.Origin.dispute(dispute.id));
        dispute.resolvedVerdict = verdict;
        dispute.resultingRevision = score.revision;
    }

    /**
     * Closes the call's open disputes, unresolved (no verdict changes), because an admin set the call aside or filed it
     * under another rep ({@code why}), and tells each rep with {@code DisputeResolved} (CLOSED); in the caller's
     * transaction, which holds the call's lock. Answers the ids of the disputes it closed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> closeOpen(SalesCall call, String why, String by, Instant at) {
        List<ScoreDispute> open = ScoreDispute.list("call = ?1 AND status = ?2 ORDER BY id", call, DisputeStatus.OPEN);
        for (ScoreDispute dispute : open) {
            RowLocks.lock(ScoreDispute.getEntityManager(), dispute);
            dispute.status = DisputeStatus.CLOSED;
            dispute.resolvedBy = by;
            dispute.resolvedAt = at;
            dispute.resolutionReason = why;
            audit.record(AuditAction.DISPUTE_RESOLVED, AuditEntities.DISPUTE, dispute.id, call.id, AuditLog.details(
                    "outcome", dispute.status.name(), "behaviourKey", dispute.behaviourKey,
                    "before", dispute.disputedVerdict.name(), "after", dispute.disputedVerdict.name(),
                    "reason", dispute.resolutionReason, "revision", null));
            outbox.publish(EventContract.DISPUTE_RESOLVED, resolved(dispute));
        }
        return open.stream().map(d -> d.id).toList();
    }

    @Transactional
    public DisputeView get(String disputeId) {
        return DisputeViews.dispute(visible(disputeId));
    }

    @Transactional
    public DisputePage list(DisputeStatus status, String callId, String behaviourKey, String teamId, String repId, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        Conditions where = new Conditions();
        if (!Visibility.restrict(where, user)) {
            return new DisputePage(List.of(), page, size, 0);
        }
        where.add("status = :status", "status", status)
                .add("call.id = :callId", "callId", callId)
                .add("behaviourKey = :behaviourKey", "behaviourKey", behaviourKey)
                .add("teamId = :teamId", "teamId", teamId)
                .add("repId = :repId", "repId", repId);
        PanacheQuery<ScoreDispute> disputes = ScoreDispute.find(where.query("openedAt DESC, id"), where.params());
        return new DisputePage(DisputeViews.disputes(disputes.page(Page.of(page, size)).list()),
                page, size, disputes.count());
    }

    /** The caller's own call (reps dispute and acknowledge only theirs); any other answers 404. */
    private SalesCall ownCall(String callId) {
        SalesCall call = SalesCall.findById(callId);
        if (call == null) {
            throw ApiException.notFound("call", callId);
        }
        if (user.id() == null || !call.repId.equals(user.id())) {
            throw ApiException.hidden("call", callId, "another rep's call");
        }
        return call;
    }

    private static ScoreRevision latest(SalesCall call) {
        return ScoreRevision.latest(call).orElseThrow(() -> ApiException.conflict("callId", "the call has no score yet"));
    }

    private ScoreDispute visible(String disputeId) {
        ScoreDispute dispute = ScoreDispute.findById(disputeId);
        if (dispute == null) {
            throw ApiException.notFound("dispute", disputeId);
        }
        user.requireRep("dispute", disputeId, dispute.repId, dispute.teamId);
        return dispute;
    }
}
