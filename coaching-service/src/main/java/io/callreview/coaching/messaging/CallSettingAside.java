package io.callreview.coaching.messaging;

import io.callreview.coaching.audit.AuditAction;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.MentoringPairing;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.coaching.skill.SkillStates;
import io.callreview.events.CallScored;
import io.callreview.events.CallSetAside;
import io.callreview.events.EventEnvelope;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.inbox.ProcessedEvents;
import io.callreview.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

/**
 * Takes a call an admin set aside in scorecard-service out of the rep's coaching, under the rep's lock, in one
 * transaction with the record of the processed event: the call's verdicts are deleted, the rep's skill states of those
 * behaviours recomputed from what is left, with the focus, training units, mentoring pairings and paths following them
 * (a unit or a pairing only the call justified is withdrawn), and the call's nudges still waiting withdrawn; a pairing
 * that held up one of the call's moments as the mentor's example no longer does.
 * The scored call stays, marked, so that a CallScored of it that comes later (another topic: they may arrive in either
 * order) is ignored; a call coaching has not heard of yet is recorded as such a mark alone. The audit log records it
 * for the admin who set the call aside.
 */
@ApplicationScoped
public class CallSettingAside {

    public static final String CONSUMER = "coaching.call-set-aside";

    public enum Outcome { APPLIED, BEFORE_ITS_SCORE, DUPLICATE }

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    RepDirectory reps;

    @Inject
    SkillStates skillStates;

    @Inject
    NudgePlanner nudges;

    @Inject
    StandingFollowUp followUp;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Outcome apply(EventEnvelope<CallSetAside> envelope) {
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return Outcome.DUPLICATE;
        }
        CallSetAside aside = envelope.payload();
        Rep rep = reps.lock(aside.repId());
        ScoredCall call = em.find(ScoredCall.class, aside.callId());
        if (call != null && call.setAside) {
            return Outcome.DUPLICATE;
        }
        if (call == null) {
            em.persist(tombstone(envelope));
            audited(aside, Set.of(), 0);
            return Outcome.BEFORE_ITS_SCORE;
        }
        // the verdicts are in the history of the rep coaching filed the call under
        Rep owner = call.repId.equals(rep.repId) ? rep : reps.lock(call.repId);
        Set<String> affected = new TreeSet<>();
        CallVerdict.forCall(call.callId).forEach(verdict -> {
            affected.add(verdict.behaviourKey);
            verdict.delete();
        });
        em.flush();
        call.setAside = true;
        MentoringPairing.forgetExample(call.callId, clock.instant());
        int withdrawn = nudges.afterCallSetAside(owner, call, aside);
        RepStanding standing = skillStates.recompute(owner, affected);
        followUp.follow(standing, affected);
        nudges.refreshReinforcements(standing);
        audited(aside, affected, withdrawn);
        return Outcome.APPLIED;
    }

    /** What the event says of a call coaching has not heard of yet, marked: nothing scored, no verdicts. */
    private ScoredCall tombstone(EventEnvelope<CallSetAside> envelope) {
        CallSetAside aside = envelope.payload();
        ScoredCall call = new ScoredCall();
        call.callId = aside.callId();
        call.repId = aside.repId();
        call.teamId = aside.teamId();
        call.callType = aside.callType();
        call.revision = 0;
        call.scorerKind = CallScored.ScorerKind.AUTOMATIC;
        call.callStartedAt = aside.callStartedAt();
        call.scoredAt = aside.setAsideAt();
        call.eventId = envelope.eventId().toString();
        call.receivedAt = clock.instant();
        call.setAside = true;
        return call;
    }

    private void audited(CallSetAside aside, Set<String> behaviours, int nudgesWithdrawn) {
        audit.record(new AuditLog.Actor(aside.setAsideBy(), Roles.ADMIN), AuditAction.CALL_SET_ASIDE, AuditAction.CALL,
                aside.callId(), aside.callId(), AuditLog.details("repId", aside.repId(), "teamId", aside.teamId(),
                        "reason", aside.reason(), "setAsideAt", aside.setAsideAt().toString(),
                        "verdictsRemoved", behaviours.stream().toList(), "nudgesWithdrawn", nudgesWithdrawn));
    }
}
