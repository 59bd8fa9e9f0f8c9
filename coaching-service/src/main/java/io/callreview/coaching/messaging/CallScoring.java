package io.callreview.coaching.messaging;

import io.callreview.coaching.domain.BehaviourGuide;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.nudge.NudgeDispatcher;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.Texts;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.coaching.skill.SkillStates;
import io.callreview.events.CallScored;
import io.callreview.events.EventEnvelope;
import io.callreview.events.Evidence;
import io.callreview.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Applies a score revision: keeps the highest revision per call (a coach's review replaces the automatic
 * grade; a stale revision arriving late changes nothing, and so does any revision of a call set aside), recomputes
 * the affected skill states from the stored history, plans the post-call feedback and reinforcements and publishes the
 * feedback due at once, all in one transaction with the record of the processed event.
 */
@ApplicationScoped
public class CallScoring {

    public static final String CONSUMER = "coaching.call-scored";
    private static final Logger LOG = Logger.getLogger(CallScoring.class);

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
    NudgeDispatcher dispatcher;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public enum Outcome { APPLIED, DUPLICATE, STALE }

    @Transactional
    public Outcome apply(EventEnvelope<CallScored> envelope) {
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return Outcome.DUPLICATE;
        }
        CallScored score = envelope.payload();
        Rep rep = reps.lock(score.repId());
        ScoredCall call = em.find(ScoredCall.class, score.callId());
        if (call != null && call.setAside) {
            LOG.debugf("ignoring revision %s of call %s: the call was set aside", (Object) score.revision(), score.callId());
            return Outcome.STALE;
        }
        if (call != null && call.revision >= score.revision()) {
            LOG.debugf("ignoring revision %s of call %s: revision %s already applied", (Object) score.revision(), score.callId(), call.revision);
            return Outcome.STALE;
        }
        Set<String> affected = new LinkedHashSet<>();
        String previousRep = null;
        boolean latestOfRep = call == null && startsAfter(score.callStartedAt(), rep.lastCallAt);
        if (call == null) {
            call = new ScoredCall();
            call.callId = score.callId();
        } else {
            previousRep = call.repId.equals(score.repId()) ? null : call.repId;
            CallVerdict.forCall(call.callId).forEach(old -> {
                affected.add(old.behaviourKey);
                old.delete();
            });
            em.flush();
        }
        fill(call, score, envelope);
        if (!em.contains(call)) {
            call.persist();
        }
        BehaviourGuide.forCallType(score.teamId(), score.callType()); // into the session: recording each finds it there
        List<CallVerdict> verdicts = new ArrayList<>();
        for (CallScored.BehaviourResult result : score.behaviours()) {
            CallVerdict verdict = verdict(score, result);
            verdict.persist();
            verdicts.add(verdict);
            affected.add(result.key());
            BehaviourGuide.record(score.teamId(), score.callType(), result.key(), score.scorecardVersion(),
                    Texts.truncate(result.question(), 300),
                    result.guidance() == null ? null : Texts.truncate(result.guidance(), 2000), result.examples(),
                    score.callStartedAt());
        }
        em.flush();

        if (rep.teamId == null) {
            // only a rep's first call may place them; moves come from the roster (RosterChanged)
            rep.teamId = score.teamId();
        }
        rep.firstCallAt = min(rep.firstCallAt, score.callStartedAt());
        rep.lastCallAt = max(rep.lastCallAt, score.callStartedAt());
        rep.updatedAt = clock.instant();

        // the rep's skill states, plan and diagnoses are read once and handed from step to step
        RepStanding standing = latestOfRep ? skillStates.extendByLatestCall(rep, verdicts) : skillStates.recompute(rep, affected);
        followUp.follow(standing, affected);
        if (score.disputeId() == null) {
            nudges.afterScoredCall(standing, call);
        } else {
            nudges.afterAcceptedDispute(standing, call); // the rep hears of it from DisputeResolved
        }
        nudges.refreshReinforcements(standing);
        dispatcher.dispatchFeedbackDueNow(standing);
        if (previousRep != null) {
            // the call was moved to this rep (re-attributed): the other rep's history and nudges lost it
            Rep other = reps.lock(previousRep);
            nudges.afterCallMoved(call, previousRep);
            RepStanding theirs = skillStates.recompute(other, affected);
            followUp.follow(theirs, affected);
            nudges.refreshReinforcements(theirs);
        }
        return Outcome.APPLIED;
    }

    private void fill(ScoredCall call, CallScored score, EventEnvelope<CallScored> envelope) {
        call.repId = score.repId();
        call.teamId = score.teamId();
        call.callType = score.callType();
        call.revision = score.revision();
        call.scorerKind = score.scorer().kind();
        call.scorerId = score.scorer().id();
        call.scorecardVersion = score.scorecardVersion();
        call.overallScore = score.overallScore();
        call.autoFailed = score.autoFailed();
        call.callStartedAt = score.callStartedAt();
        call.durationSeconds = score.durationSeconds();
        call.recordingUrl = score.recordingUrl();
        call.scoredAt = score.scoredAt();
        call.strengthPick = score.strengthBehaviourKey() == null ? null : Texts.truncate(score.strengthBehaviourKey(), 64);
        call.focusPick = score.focusBehaviourKey() == null ? null : Texts.truncate(score.focusBehaviourKey(), 64);
        call.coachSummary = score.comment() == null || score.comment().isBlank() ? null : Texts.truncate(score.comment().strip(), 2000);
        call.eventId = envelope.eventId().toString();
        call.receivedAt = clock.instant();
    }

    private static CallVerdict verdict(CallScored score, CallScored.BehaviourResult result) {
        CallVerdict verdict = new CallVerdict();
        verdict.callId = score.callId();
        verdict.behaviourKey = result.key();
        verdict.repId = score.repId();
        verdict.teamId = score.teamId();
        verdict.callType = score.callType();
        verdict.callStartedAt = score.callStartedAt();
        verdict.question = Texts.truncate(result.question(), 300);
        verdict.category = result.category();
        verdict.weight = result.weight();
        verdict.critical = result.critical();
        verdict.verdict = result.verdict();
        bestQuote(result.evidence()).ifPresent(e -> {
            verdict.evidenceQuote = Texts.truncate(e.quote().trim(), 2000);
            verdict.evidenceAtMs = e.startMs();
        });
        verdict.expectedAtMs = result.expectedAtMs();
        verdict.coachComment = coachComment(score, result);
        score.moments().stream()
                .filter(m -> result.key().equals(m.behaviourKey()))
                .findFirst()
                .ifPresent(m -> verdict.coachMomentAtMs = m.atMs());
        return verdict;
    }

    /**
     * The excerpt the rep is quoted by: the surest, so that they see themselves at their best (closest in meaning; a
     * phrase match, or an excerpt the coach chose, counts as sure), the earliest of equals.
     */
    static Optional<Evidence> bestQuote(List<Evidence> evidence) {
        return evidence.stream()
                .filter(e -> e.quote() != null && !e.quote().isBlank())
                .min(Comparator.comparingDouble((Evidence e) -> e.similarity() != null ? e.similarity() : 1.0).reversed()
                        .thenComparingLong(Evidence::startMs));
    }

    /** The coach's comment on the behaviour, else their comment pinned to a moment of it. */
    private static String coachComment(CallScored score, CallScored.BehaviourResult result) {
        if (result.comment() != null && !result.comment().isBlank()) {
            return Texts.truncate(result.comment(), 2000);
        }
        List<CallScored.Moment> moments = score.moments().stream()
                .filter(m -> result.key().equals(m.behaviourKey()))
                .toList();
        return moments.isEmpty() ? null : Texts.truncate(moments.get(0).comment(), 2000);
    }

    /**
     * Whether a call started after the rep's latest call so far, by more than the database's rounding of times could
     * blur; then it is the latest call on every behaviour it grades.
     */
    private static boolean startsAfter(Instant callStartedAt, Instant lastCallAt) {
        return lastCallAt != null && callStartedAt.isAfter(lastCallAt.plusMillis(1));
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
