package io.callreview.notification.delivery;

import io.callreview.events.NudgeRequested;
import io.callreview.notification.domain.Channel;
import io.callreview.notification.preferences.DeliveryPreferences;
import io.callreview.notification.preferences.QuietHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPlannerTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOON = Instant.parse("2031-06-10T16:00:00Z"); // 12:00 in New York (EDT)
    private static final Instant LATE = Instant.parse("2031-06-11T02:00:00Z"); // 22:00 in New York

    @Test
    void inboxAtOnceAndPushChannelsPendingOutsideQuietHours() {
        DeliveryPlan plan = DeliveryPlanner.plan(nudge(NudgeRequested.Priority.NORMAL, false, null), prefs(false), NOON, day -> 0);

        assertThat(plan.steps().get(Channel.INBOX)).isEqualTo(new DeliveryPlan.Step(DeliveryStatus.SENT, null, NOON));
        assertThat(plan.steps().get(Channel.EMAIL)).isEqualTo(new DeliveryPlan.Step(DeliveryStatus.PENDING, null, NOON));
        assertThat(plan.steps().get(Channel.CHAT)).isEqualTo(new DeliveryPlan.Step(DeliveryStatus.PENDING, null, NOON));
        assertThat(plan.pushDay()).isEqualTo(LocalDate.of(2031, 6, 10));
        assertThat(plan.reachesInbox()).isTrue();
    }

    @Test
    void quietHoursDeferUrgentNudgesTooAndTheCapCountsTheDayTheyGoOut() {
        DeliveryPlan plan = DeliveryPlanner.plan(nudge(NudgeRequested.Priority.HIGH, true, null), prefs(false), LATE, day -> 0);

        Instant eightNextMorning = Instant.parse("2031-06-11T12:00:00Z");
        assertThat(plan.steps().get(Channel.CHAT)).isEqualTo(
                new DeliveryPlan.Step(DeliveryStatus.DEFERRED, DeliveryReason.QUIET_HOURS, eightNextMorning));
        assertThat(plan.steps().get(Channel.INBOX).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(plan.pushDay()).isEqualTo(LocalDate.of(2031, 6, 11));
    }

    @Test
    void beyondTheDailyCapPushChannelsAreSuppressed() {
        DeliveryPlan plan = DeliveryPlanner.plan(nudge(NudgeRequested.Priority.HIGH, false, null), prefs(false), NOON,
                day -> day.equals(LocalDate.of(2031, 6, 10)) ? 3 : 0);

        assertThat(plan.steps().get(Channel.EMAIL)).isEqualTo(new DeliveryPlan.Step(DeliveryStatus.SUPPRESSED, DeliveryReason.DAILY_CAP, null));
        assertThat(plan.steps().get(Channel.INBOX).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(plan.pushDay()).isNull();
    }

    @Test
    void aNudgeOutsideTheCapGoesOutBeyondItWithoutUsingItButStillWaitsForQuietHours() {
        NudgeRequested notice = new NudgeRequested("n-2", "k-2", "rep-1", "team-a", NudgeRequested.Kind.POST_CALL_FEEDBACK,
                NudgeRequested.Priority.NORMAL, false, "next-steps", "call-1", "discovery", "coach-ana reviewed your discovery call",
                "body", "reason", List.of(), null, NOON, true);

        DeliveryPlan atNoon = DeliveryPlanner.plan(notice, prefs(false), NOON, day -> 99);
        assertThat(atNoon.steps().get(Channel.EMAIL)).isEqualTo(new DeliveryPlan.Step(DeliveryStatus.PENDING, null, NOON));
        assertThat(atNoon.pushDay()).as("it uses up none of the cap").isNull();

        DeliveryPlan late = DeliveryPlanner.plan(notice, prefs(false), LATE, day -> 99);
        assertThat(late.steps().get(Channel.CHAT)).isEqualTo(new DeliveryPlan.Step(DeliveryStatus.DEFERRED, DeliveryReason.QUIET_HOURS,
                Instant.parse("2031-06-11T12:00:00Z")));
    }

    @Test
    void lowPriorityWaitsForTheDigestWithoutUsingTheCapButUrgentSkipsIt() {
        DeliveryPlan low = DeliveryPlanner.plan(nudge(NudgeRequested.Priority.LOW, false, null), prefs(true), NOON, day -> 99);
        assertThat(low.steps().get(Channel.CHAT)).isEqualTo(new DeliveryPlan.Step(DeliveryStatus.DEFERRED, DeliveryReason.DIGEST,
                Instant.parse("2031-06-11T13:00:00Z"))); // 09:00 next day in New York
        assertThat(low.pushDay()).isNull();

        DeliveryPlan urgent = DeliveryPlanner.plan(nudge(NudgeRequested.Priority.LOW, true, null), prefs(true), NOON, day -> 0);
        assertThat(urgent.steps().get(Channel.CHAT).status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void digestBeforeItsHourGoesOutTheSameDay() {
        Instant sevenAm = Instant.parse("2031-06-10T11:00:00Z"); // 07:00 in New York, outside 21:00-06:00
        DeliveryPreferences prefs = new DeliveryPreferences(true, true, true, "a@example.com", "https://hooks.example.com/x", NEW_YORK,
                QuietHours.parse("21:00-06:00"), 5, true, 9, true);
        DeliveryPlan plan = DeliveryPlanner.plan(nudge(NudgeRequested.Priority.LOW, false, null), prefs, sevenAm, day -> 0);
        assertThat(plan.steps().get(Channel.EMAIL).dueAt()).isEqualTo(Instant.parse("2031-06-10T13:00:00Z"));
    }

    @Test
    void expiredOrExpiringBeforeItMayGoOutIsSuppressed() {
        DeliveryPlan expired = DeliveryPlanner.plan(nudge(NudgeRequested.Priority.HIGH, true, NOON.minusSeconds(1)), prefs(false), NOON, day -> 0);
        assertThat(expired.steps().values()).extracting(DeliveryPlan.Step::reason).containsOnly(DeliveryReason.EXPIRED);
        assertThat(expired.reachesInbox()).isFalse();

        Instant callAtSevenThirty = Instant.parse("2031-06-11T11:30:00Z");
        DeliveryPlan tooLate = DeliveryPlanner.plan(nudge(NudgeRequested.Priority.HIGH, true, callAtSevenThirty), prefs(false), LATE, day -> 0);
        assertThat(tooLate.steps().get(Channel.CHAT).reason()).isEqualTo(DeliveryReason.EXPIRED);
        assertThat(tooLate.steps().get(Channel.INBOX).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(tooLate.pushDay()).isNull();
    }

    @Test
    void channelsThatAreOffOrHaveNoAddressGetNoDelivery() {
        DeliveryPreferences inboxOnly = new DeliveryPreferences(true, true, false, null, "https://hooks.example.com/x", NEW_YORK,
                Optional.empty(), 5, false, 9, true);
        DeliveryPlan plan = DeliveryPlanner.plan(nudge(NudgeRequested.Priority.NORMAL, false, null), inboxOnly, NOON, day -> 0);
        assertThat(plan.steps()).containsOnlyKeys(Channel.INBOX);
        assertThat(plan.pushDay()).isNull();

        DeliveryPreferences nothing = new DeliveryPreferences(false, false, false, null, null, NEW_YORK, Optional.empty(), 5, false, 9, true);
        assertThat(DeliveryPlanner.plan(nudge(NudgeRequested.Priority.NORMAL, false, null), nothing, NOON, day -> 0).steps()).isEmpty();
    }

    private static DeliveryPreferences prefs(boolean digest) {
        return new DeliveryPreferences(true, true, true, "dana@example.com", "https://hooks.example.com/x", NEW_YORK,
                QuietHours.parse("21:00-08:00"), 3, digest, 9, true);
    }

    private static NudgeRequested nudge(NudgeRequested.Priority priority, boolean urgent, Instant expiresAt) {
        return new NudgeRequested("n-1", "k-1", "rep-1", "team-a", NudgeRequested.Kind.REINFORCEMENT, priority, urgent,
                "next-steps", null, null, "title", "body", "reason", List.of(), expiresAt, NOON);
    }
}
