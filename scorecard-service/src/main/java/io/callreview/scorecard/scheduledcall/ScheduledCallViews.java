package io.callreview.scorecard.scheduledcall;

import io.callreview.events.CallScheduled;

/** Turns stored scheduled calls into what the API answers and what the {@code CallScheduled} event carries. */
final class ScheduledCallViews {

    private ScheduledCallViews() {
    }

    static ScheduledCallView scheduledCall(ScheduledCall call) {
        return new ScheduledCallView(call.id, call.externalId, call.source, call.repId, call.teamId, call.callType.key,
                call.startsAt, call.createdAt, call.updatedAt);
    }

    static CallScheduled event(ScheduledCall call) {
        return new CallScheduled(call.id, call.externalId, call.source, call.repId, call.teamId, call.callType.key,
                call.startsAt);
    }
}
