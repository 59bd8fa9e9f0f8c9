package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeRules.Timing;
import io.callreview.coaching.rules.ReminderComposer.Behaviour;
import io.callreview.coaching.rules.ReminderComposer.Example;
import io.callreview.events.CallScheduled;
import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.NudgeRequested.ActionType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderComposerTest {

    private static final Behaviour NEXT_STEPS = new Behaviour("next-steps", "Does the rep close with agreed next steps?", 2, 5);
    private static final Example DONE_WELL = new Example("c-7", Instant.parse("2025-03-03T10:00:00Z"), "So Tuesday at ten with your CFO.", 95_000L);
    private static final NudgeActions.MomentLinks LINKS = (callId, atMs) -> "https://app/calls/" + callId + "?ms=" + atMs;
    private static final Action GOT_IT = new Action(ActionType.ACKNOWLEDGE, "Got it", null, null);

    private final NudgeRules.Reinforcement due = new NudgeRules.Reinforcement(Instant.parse("2025-03-03T10:00:00Z"), 3.0, 0.9,
            Instant.parse("2025-03-06T10:00:00Z"), 0.897, new Timing(Instant.parse("2025-03-06T10:00:00Z"),
            Instant.parse("2025-03-06T10:00:00Z"), Instant.parse("2025-03-09T10:00:00Z")));

    @Test
    void reinforcementRemindsWithTheRepsOwnWordsAndSaysWhyNow() {
        NudgeCopy copy = ReminderComposer.reinforcement(NEXT_STEPS, due, Optional.of(DONE_WELL), ZoneOffset.UTC, LINKS);

        assertThat(copy.title()).isEqualTo("Keep it fresh: close with agreed next steps");
        assertThat(copy.body()).isEqualTo("A quick reminder for your next calls: close with agreed next steps."
                + " You did it well on 3 Mar: “So Tuesday at ten with your CFO.”");
        assertThat(copy.reason()).isEqualTo("Spaced reinforcement of focus behaviour 'next-steps': its predicted recall falls"
                + " below the 90% target on 2025-03-06T10:00:00Z (FSRS stability 3.00 days since the last scored call on"
                + " 2025-03-03T10:00:00Z; recall at delivery 90%). Recent record: met on 2 of the last 5 scored calls.");
        assertThat(copy.actions()).containsExactly(
                new Action(ActionType.OPEN_CALL_MOMENT, "Hear yourself do it", "https://app/calls/c-7?ms=95000", null), GOT_IT);
    }

    @Test
    void reinforcementWithoutAnExampleOnlyReminds() {
        NudgeCopy copy = ReminderComposer.reinforcement(NEXT_STEPS, due, Optional.empty(), ZoneOffset.UTC, LINKS);

        assertThat(copy.body()).isEqualTo("A quick reminder for your next calls: close with agreed next steps.");
        assertThat(copy.actions()).containsExactly(GOT_IT);
    }

    @Test
    void reinforcementTitleStaysShort() {
        Behaviour wordy = new Behaviour("wordy", "Does the rep " + "summarise what was agreed ".repeat(5) + "?", 0, 1);
        assertThat(ReminderComposer.reinforcement(wordy, due, Optional.empty(), ZoneOffset.UTC, LINKS).title())
                .hasSize("Keep it fresh: ".length() + 80).endsWith("…");
    }

    @Test
    void preCallNoteNamesTheCallInTheRepsTimeAndTheBehaviourToBring() {
        CallScheduled call = new CallScheduled("sc-1", null, null, "rep-1", "team-1", "discovery", Instant.parse("2025-03-05T15:00:00Z"));

        NudgeCopy focus = ReminderComposer.preCall(call, NEXT_STEPS, true, Optional.of(DONE_WELL), Duration.ofMinutes(30),
                ZoneId.of("Europe/Berlin"));
        assertThat(focus.title()).isEqualTo("Before your discovery call at 16:00");
        assertThat(focus.body()).isEqualTo("One thing to bring to this call: close with agreed next steps."
                + " Last time you did it you said: “So Tuesday at ten with your CFO.”");
        assertThat(focus.reason()).isEqualTo("Pre-call nudge for scheduled call sc-1 (discovery, starts 2025-03-05T15:00:00Z):"
                + " 'next-steps' is your focus behaviour for discovery calls (met on 2 of the last 5 scored calls); due 30 minutes"
                + " before the start.");
        assertThat(focus.actions()).isEqualTo(List.of(GOT_IT));

        NudgeCopy gap = ReminderComposer.preCall(call, NEXT_STEPS, false, Optional.empty(), Duration.ofMinutes(30), ZoneOffset.UTC);
        assertThat(gap.title()).isEqualTo("Before your discovery call at 15:00");
        assertThat(gap.body()).isEqualTo("One thing to bring to this call: close with agreed next steps.");
        assertThat(gap.reason()).contains("'next-steps' is your most valuable gap for discovery calls");
    }
}
