package io.callreview.coaching.messaging;

import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.nudge.ScheduledNudge;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.events.EventEnvelope;
import io.callreview.events.RosterChanged;
import io.callreview.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Takes a rep's team from the roster (scorecard-service), the only place it is decided: the rep, their skill states
 * and their pending nudges move to the new team's coaches. The highest revision per rep wins, so a late or repeated
 * event changes nothing; the record of the processed event commits in the same transaction.
 */
@ApplicationScoped
public class RosterUpdating {

    public static final String CONSUMER = "coaching.roster-changed";
    private static final Logger LOG = Logger.getLogger(RosterUpdating.class);

    public enum Outcome { APPLIED, DUPLICATE, STALE }

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    RepDirectory reps;

    @Transactional
    public Outcome apply(EventEnvelope<RosterChanged> envelope) {
        RosterChanged changed = envelope.payload();
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return Outcome.DUPLICATE;
        }
        Rep rep = reps.lock(changed.repId());
        if (rep.rosterRevision != null && changed.revision() <= rep.rosterRevision) {
            LOG.debugf("ignoring roster revision %d of rep %s: revision %d already applied",
                    changed.revision(), changed.repId(), rep.rosterRevision);
            return Outcome.STALE;
        }
        rep.rosterRevision = changed.revision();
        rep.teamId = changed.teamId();
        SkillState.update("teamId = ?1 WHERE repId = ?2", changed.teamId(), changed.repId());
        ScheduledNudge.pending(changed.repId()).forEach(nudge -> nudge.teamId = changed.teamId());
        return Outcome.APPLIED;
    }
}
