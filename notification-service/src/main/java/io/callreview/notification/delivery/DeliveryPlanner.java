package io.callreview.notification.delivery;

import io.callreview.events.NudgeRequested;
import io.callreview.notification.delivery.DeliveryPlan.Step;
import io.callreview.notification.domain.Channel;
import io.callreview.notification.preferences.DeliveryPreferences;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Decides, when a nudge arrives, where and when it goes:
 * <ul>
 *   <li>the inbox gets it at once (it does not interrupt), unless the rep switched the inbox off;</li>
 *   <li>email and chat wait for the end of quiet hours; urgent nudges never skip them;</li>
 *   <li>low-priority, non-urgent nudges wait for the digest when the rep chose one; the digest is one
 *       message a day and does not count against the daily cap;</li>
 *   <li>every other nudge that would email or chat uses up one of the daily cap of the local day it goes out,
 *       and beyond the cap it is suppressed on those channels (it stays in the inbox); a nudge that coaching-service
 *       marks as outside the cap (not routine) neither uses it up nor is held by it;</li>
 *   <li>a nudge that is past its expiry, or would only go out after it, is suppressed.</li>
 * </ul>
 */
public final class DeliveryPlanner {

    private DeliveryPlanner() {
    }

    /** @param pushedOn how many nudges already use up the cap of a local day */
    public static DeliveryPlan plan(NudgeRequested nudge, DeliveryPreferences preferences, Instant now,
                                    ToLongFunction<LocalDate> pushedOn) {
        Map<Channel, Step> steps = new EnumMap<>(Channel.class);
        boolean expired = nudge.expiresAt() != null && !now.isBefore(nudge.expiresAt());
        if (preferences.reaches(Channel.INBOX)) {
            steps.put(Channel.INBOX, expired ? Step.suppressed(DeliveryReason.EXPIRED) : Step.sentAt(now));
        }
        Set<Channel> push = preferences.pushChannels();
        if (push.isEmpty()) {
            return new DeliveryPlan(steps, null);
        }
        Step step;
        LocalDate pushDay = null;
        boolean digest = preferences.digest() && nudge.priority() == NudgeRequested.Priority.LOW && !nudge.urgent();
        Instant due = preferences.outsideQuietHours(digest ? preferences.nextDigestAfter(now) : now);
        if (expired || (nudge.expiresAt() != null && !due.isBefore(nudge.expiresAt()))) {
            step = Step.suppressed(DeliveryReason.EXPIRED);
        } else if (digest) {
            step = Step.dueAt(due, now, DeliveryReason.DIGEST);
        } else if (nudge.outsideDailyCap()) {
            step = Step.dueAt(due, now, DeliveryReason.QUIET_HOURS);
        } else {
            LocalDate day = preferences.localDay(due);
            if (pushedOn.applyAsLong(day) >= preferences.dailyCap()) {
                step = Step.suppressed(DeliveryReason.DAILY_CAP);
            } else {
                pushDay = day;
                step = Step.dueAt(due, now, DeliveryReason.QUIET_HOURS);
            }
        }
        for (Channel channel : push) {
            steps.put(channel, step);
        }
        return new DeliveryPlan(steps, pushDay);
    }
}
