package io.callreview.coaching.nudge;

import io.callreview.coaching.rep.Access;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.RepCalendar;
import io.callreview.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A rep's schedule of micro-moments, and the settings that shape it (working hours, time zone, daily cap). */
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
        int sentToday = calendar.localDate(now).equals(rep.capDay) ? rep.capSent : 0;
        return new RepScheduleView(repId, settings(rep), sentToday,
                ScheduledNudge.pending(repId).stream().map(ScheduledMomentView::of).toList(),
                ScheduledNudge.recent(repId, now.minus(RECENT), 50).stream().map(ScheduledMomentView::of).toList());
    }

    @Transactional
    public RepSettingsView settings(String repId) {
        return settings(access.rep(repId).orElseGet(() -> unsaved(repId)));
    }

    /** Saves the settings and moves the pending nudges into the new working hours. */
    @Transactional
    public RepSettingsView update(String repId, RepSettingsUpdate update) {
        Optional<Rep> visible = access.rep(repId);
        ZoneId zone;
        try {
            zone = ZoneId.of(update.timeZone());
        } catch (DateTimeException e) {
            throw ApiException.badRequest("timeZone", "'" + update.timeZone() + "' is not an IANA time zone such as Europe/Berlin");
        }
        if (!update.workStart().isBefore(update.workEnd())) {
            throw ApiException.badRequest("workEnd", "working hours must end after they start");
        }
        Rep rep = reps.lock(repId);
        if (visible.isEmpty()) {
            rep.teamId = access.ownTeam();
        }
        Instant now = clock.instant();
        rep.timeZone = zone.getId();
        rep.workStart = update.workStart();
        rep.workEnd = update.workEnd();
        rep.workDays = RepDirectory.formatDays(update.workDays());
        rep.dailyCap = update.dailyCap();
        rep.settingsUpdatedAt = now;
        rep.updatedAt = now;
        RepCalendar calendar = reps.calendarOf(rep);
        for (ScheduledNudge nudge : ScheduledNudge.pending(repId)) {
            Instant from = nudge.earliestAt.isAfter(now) ? nudge.earliestAt : now;
            nudge.dueAt = calendar.nextOpening(from);
            nudge.statusReason = nudge.dueAt.isAfter(from) ? "waiting for the rep's working hours" : null;
            nudge.updatedAt = now;
        }
        return settings(rep);
    }

    private Rep unsaved(String repId) {
        Rep rep = new Rep();
        rep.repId = repId;
        rep.teamId = access.ownTeam();
        return rep;
    }

    private RepSettingsView settings(Rep rep) {
        RepCalendar calendar = reps.calendarOf(rep);
        return new RepSettingsView(rep.repId, calendar.zone().getId(), calendar.start(), calendar.end(), calendar.workDays(),
                reps.dailyCapOf(rep), rep.settingsUpdatedAt == null);
    }
}
