package io.callreview.coaching.nudge;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.DeliveryRules;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.coaching.rules.RepCalendar;
import io.callreview.coaching.skill.FocusPolicy;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.events.EventContract;
import io.callreview.events.NudgeRequested;
import io.callreview.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Publishes due nudges through the outbox: post-call feedback right after the score that planned it, everything else
 * on a regular pass. Work is claimed per rep: the rep's row is locked with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances share the reps without ever handling the same
 * rep's nudges at once, and a nudge is marked sent in the transaction that writes its event: it is
 * published once or not at all.
 */
@ApplicationScoped
public class NudgeDispatcher {

    /** The identity of the scheduled pass, to pause it. */
    public static final String SCHEDULE = "nudge-dispatcher";

    private static final Logger LOG = Logger.getLogger(NudgeDispatcher.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RepDirectory reps;

    @Inject
    FocusPolicy focus;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry meters;

    @Inject
    CoachingConfig config;

    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = SCHEDULE, every = "${coaching.scheduler.every:5s}",
            delayed = "${coaching.scheduler.initial-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.scheduler().enabled() && !stopping) {
            dispatchDue();
        }
    }

    /** One pass over the reps with due nudges; returns how many nudges were published. */
    public int dispatchDue() {
        Instant now = clock.instant();
        List<String> repIds = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "SELECT DISTINCT n.repId FROM ScheduledNudge n WHERE n.status = :status AND n.dueAt <= :now", String.class)
                .setParameter("status", NudgeStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(config.scheduler().batchSize())
                .getResultList());
        int sent = 0;
        for (String repId : repIds) {
            try {
                sent += QuarkusTransaction.requiringNew().call(() -> dispatchFor(repId, now));
            } catch (RuntimeException e) {
                LOG.warnf(e, "could not dispatch the due nudges of rep %s; retrying on the next pass", repId);
            }
        }
        return sent;
    }

    /**
     * Publishes the post-call feedback that is due now for a rep whose row the caller holds locked, in the caller's
     * transaction: it goes out with the score that planned it instead of waiting for the next pass. Spaced moments
     * wait for the pass: a burst of older calls may still replace them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int dispatchFeedbackDueNow(RepStanding standing) {
        return dispatchLocked(standing.rep(), clock.instant(), nudge -> nudge.kind == NudgeRequested.Kind.POST_CALL_FEEDBACK,
                () -> focus.focusKeys(standing));
    }

    private int dispatchFor(String repId, Instant now) {
        Optional<Rep> locked = reps.tryLock(repId);
        return locked.map(rep -> dispatchLocked(rep, now, nudge -> true, () -> focus.focusKeys(repId))).orElse(0);
    }

    private int dispatchLocked(Rep rep, Instant now, Predicate<ScheduledNudge> which, Supplier<Set<String>> focusKeysNow) {
        String repId = rep.repId;
        RepCalendar calendar = reps.calendarOf(rep);
        LocalDate today = calendar.workingDay(now);
        if (!today.equals(rep.capDay)) {
            rep.capDay = today;
            rep.capSent = 0;
        }
        int cap = reps.dailyCapOf(rep);
        Set<String> focusKeys = focusKeysNow.get();
        int sent = 0;
        // When the cap is tight, the time-critical and important moments go first.
        List<ScheduledNudge> due = ScheduledNudge.pendingDue(repId, now).stream()
                .filter(which)
                .sorted(Comparator.comparing((ScheduledNudge n) -> !n.urgent)
                        .thenComparing(n -> n.priority, Comparator.reverseOrder())
                        .thenComparing(n -> n.dueAt)
                        .thenComparing(n -> n.id))
                .toList();
        for (ScheduledNudge nudge : due) {
            DeliveryRules.Due facts = new DeliveryRules.Due(nudge.expiresAt, nudge.countsTowardCap, withdrawal(nudge, focusKeys));
            DeliveryRules.Decision decision = DeliveryRules.decide(facts, now, calendar, rep.capSent, cap);
            nudge.updatedAt = now;
            if (decision instanceof DeliveryRules.Defer defer) {
                nudge.dueAt = defer.until();
                nudge.statusReason = defer.reason();
            } else if (decision instanceof DeliveryRules.Drop drop) {
                nudge.status = drop.cancelled() ? NudgeStatus.CANCELLED : NudgeStatus.SKIPPED;
                nudge.statusReason = drop.reason();
                meters.counter("coaching.nudges.dropped", "kind", nudge.kind.name(), "status", nudge.status.name()).increment();
            } else {
                outbox.publish(EventContract.NUDGE_REQUESTED, nudge.toEvent(now));
                nudge.status = NudgeStatus.SENT;
                nudge.sentAt = now;
                nudge.statusReason = null;
                if (nudge.countsTowardCap) {
                    rep.capSent++;
                }
                sent++;
                meters.counter("coaching.nudges.sent", "kind", nudge.kind.name()).increment();
            }
        }
        return sent;
    }

    /** A nudge about a behaviour is withdrawn once the rep is at the target with it; a reinforcement also once it stops being a focus. */
    private static Optional<String> withdrawal(ScheduledNudge nudge, Set<String> focusKeys) {
        // a mentor is at the target by definition: their notice is about teaching the behaviour, not practising it
        if (nudge.behaviourKey == null || nudge.kind == NudgeRequested.Kind.MENTORING) {
            return Optional.empty();
        }
        boolean atTarget = SkillState.find(nudge.repId, nudge.behaviourKey).map(SkillState::atTarget).orElse(false);
        return NudgeRules.withdrawalWhenDue(nudge.behaviourKey, nudge.kind == NudgeRequested.Kind.REINFORCEMENT, atTarget,
                focusKeys.contains(nudge.behaviourKey));
    }
}
