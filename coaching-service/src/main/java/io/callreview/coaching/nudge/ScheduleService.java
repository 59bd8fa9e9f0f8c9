package io.callreview.coaching.nudge;

import io.callreview.coaching.rep.Access;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.RepCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A rep's schedule of micro-moments, and the settings that shape it (working hours, time zone, daily cap). The
 * settings are a copy: notification-service owns them and announces every change as {@code RepScheduleChanged}.
 */
@ApplicationScoped
public class ScheduleService {

    private static final Duration RECENT = Duration.ofDays(14);

    @Inject
    Access access;

    @Inject
    RepDirectory reps;

    @Inject
    Clock clock;

    @Transactional
    public RepScheduleView schedule(String repId) {
        reps.holdForReading(repId);
        Optional<Rep> found = access.rep(repId);
        if (found.isEmpty()) {
            return new RepScheduleView(repId, settings(unsaved(repId)), 0, List.of(), List.of());
        }
        Rep rep = found.get();
        Instant now = clock.instant();
        RepCalendar calendar = reps.calendarOf(rep);
        int sentToday = calendar.workingDay(now).equals(rep.capDay) ? rep.capSent : 0;
        return new RepScheduleView(repId, settings(rep), sentToday,
                ScheduledNudge.pending(repId).stream().map(ScheduleViews::moment).toList(),
                ScheduledNudge.recent(repId, now.minus(RECENT), 50).stream().map(ScheduleViews::moment).toList());
    }

    @Transactional
    public RepSettingsView settings(String repId) {
        return settings(access.rep(repId).orElseGet(() -> unsaved(repId)));
    }

    /**
     * Takes the rep's new schedule as notification-service announced it and moves the pending nudges into the new
     * working hours. The caller holds the rep's lock.
     *
     * @param changedAt when the rep changed it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adopt(Rep rep, RepCalendar calendar, int dailyCap, long revision, Instant changedAt) {
        Instant now = clock.instant();
        rep.timeZone = calendar.zone().getId();
        rep.workStart = calendar.start();
        rep.workEnd = calendar.end();
        rep.workDays = RepDirectory.formatDays(calendar.workDays());
        rep.dailyCap = dailyCap;
        rep.scheduleRevision = revision;
        rep.settingsUpdatedAt = changedAt;
        rep.updatedAt = now;
        for (ScheduledNudge nudge : ScheduledNudge.pending(rep.repId)) {
            Instant from = nudge.earliestAt.isAfter(now) ? nudge.earliestAt : now;
            nudge.dueAt = calendar.nextOpening(from);
            nudge.statusReason = nudge.dueAt.isAfter(from) ? "waiting for the rep's working hours" : null;
            nudge.updatedAt = now;
        }
    }

    private Rep unsaved(String repId) {
        Rep rep = new Rep();
        rep.repId = repId;
        rep.teamId = access.ownTeam();
        return rep;
    }

    private RepSettingsView settings(Rep rep) {
        return ScheduleViews.settings(rep.repId, reps.calendarOf(rep), reps.dailyCapOf(rep), rep.settingsUpdatedAt == null);
    }
}
