package io.callreview.coaching.nudge;

import io.callreview.coaching.rules.RepCalendar;

/** Builds what the schedule and settings endpoints show from a rep's already loaded schedule. */
final class ScheduleViews {

    private ScheduleViews() {
    }

    static ScheduledMomentView moment(ScheduledNudge n) {
        return new ScheduledMomentView(n.nudgeId, n.dedupeKey, n.kind, n.priority, n.urgent, n.behaviourKey, n.callId,
                n.callType, n.title, n.body, n.reason, n.actions, n.earliestAt, n.dueAt, n.expiresAt, n.status,
                n.statusReason, n.sentAt);
    }

    /**
     * @param calendar the rep's working hours in force, theirs or the defaults
     * @param defaults whether the rep never set their own
     */
    static RepSettingsView settings(String repId, RepCalendar calendar, int dailyCap, boolean defaults) {
        return new RepSettingsView(repId, calendar.zone().getId(), calendar.start(), calendar.end(), calendar.workDays(),
                dailyCap, defaults);
    }
}
