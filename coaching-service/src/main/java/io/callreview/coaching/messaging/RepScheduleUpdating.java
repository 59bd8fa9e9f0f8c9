package io.callreview.coaching.messaging;

import io.callreview.coaching.nudge.ScheduleService;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.RepCalendar;
import io.callreview.events.EventEnvelope;
import io.callreview.events.MalformedEventException;
import io.callreview.events.RepScheduleChanged;
import io.callreview.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import org.jboss.logging.Logger;

/**
 * Takes a rep's schedule from notification-service, which owns it: keeps the highest revision per rep (a stale or
 * repeated event changes nothing) and moves the rep's pending nudges into the new working hours, in one transaction
 * with the record of the processed event.
 */
@ApplicationScoped
public class RepScheduleUpdating {

    public static final String CONSUMER = "coaching.rep-schedule-changed";
    private static final Logger LOG = Logger.getLogger(RepScheduleUpdating.class);

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    RepDirectory reps;

    @Inject
    ScheduleService schedules;

    public enum Outcome { APPLIED, DUPLICATE, STALE }

    @Transactional
    public Outcome apply(EventEnvelope<RepScheduleChanged> envelope) {
        RepScheduleChanged changed = envelope.payload();
        RepCalendar calendar = calendarOf(changed);
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return Outcome.DUPLICATE;
        }
        Rep rep = reps.lock(changed.repId());
        if (rep.scheduleRevision != null && changed.revision() <= rep.scheduleRevision) {
            LOG.debugf("ignoring schedule revision %d of rep %s: revision %d already applied",
                    changed.revision(), changed.repId(), rep.scheduleRevision);
            return Outcome.STALE;
        }
        if (rep.teamId == null && changed.teamId() != null) {
            rep.teamId = changed.teamId();
        }
        schedules.adopt(rep, calendar, changed.dailyCap(), changed.revision(), changed.updatedAt());
        return Outcome.APPLIED;
    }

    /** The working hours the event describes; an event that describes none can never be applied. */
    private static RepCalendar calendarOf(RepScheduleChanged changed) {
        try {
            return new RepCalendar(ZoneId.of(changed.timeZone()), changed.workStart(), changed.workEnd(),
                    EnumSet.copyOf(changed.workDays()));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MalformedEventException("unusable RepScheduleChanged for rep " + changed.repId() + ": " + e.getMessage(), e);
        }
    }
}
