package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeRules.Timing;
import io.callreview.coaching.rules.ReminderComposer.Behaviour;
import io.callreview.events.CallScheduled;
import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.NudgeRequested.ActionType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderComposerTest {

    private static final Behaviour NEXT_STEPS = new Behaviour("next-steps", "Does the rep close with agreed next steps?", 2, 5);
    private static final PracticeItem DONE_WELL = new PracticeItem.Phrasing("phrase:1", "So Tuesday at ten with your CFO.",
            "your own words on 3 Mar", "c-7", 95_000L);
    private static final PracticeItem RECALL = Practice.recalls("next-steps", "Does the rep close with agreed next steps?").get(0);
    private static final NudgeActions.MomentLinks LINKS = (callId, atMs) -> "https://app/calls/" + callId + "?ms=" + atMs;
    private static final Action GOT_IT = new Action(ActionType.ACKNOWLEDGE, "Got it", null, null);

    private final NudgeRules.Reinforcement due = new NudgeRules.Reinforcement(Instant.parse("2025-03-03T10:00:00Z"), 3.0, 0.9,
            Instant.parse("2025-03-06T10:00:00Z"), 0.897, new Timing(Instant.parse("2025-03-06T10:00:00Z"),
            Instant.parse("2025-03-06T10:00:00Z"), Instant.parse("2025-03-09T10:00:00Z")));

    @Test
    void reinforcementGivesSomethingToDoAndSaysWhyNow() {
        NudgeCopy copy = ReminderComposer.reinforcement(NEXT_STEPS, due, DONE_WELL, LINKS);

        assertThat(copy.title()).isEqualTo("Keep it fresh: close with agreed next steps");
        assertThat(copy.body()).isEqualTo("For your next calls: close with agreed next steps."
                + " Try this on your next call: “So Tuesday at ten with your CFO.” (your own words on 3 Mar).");
        assertThat(copy.reason()).isEqualTo("One of your focus behaviours is to close with agreed next steps, and a habit fades without practice:"
                + " it has been 3 days since you last practised it, about when it starts to slip. You did it on 2 of your last 5"
                + " scored calls. Something to do: a phrasing to try, a different one from last time.");
        assertThat(copy.actions()).containsExactly(
                new Action(ActionType.OPEN_CALL_MOMENT, "Hear yourself say it", "https://app/calls/c-7?ms=95000", null), GOT_IT);
    }

    @Test
    void aQuestionToAnswerComesWithItsAnswerButton() {
        NudgeCopy copy = ReminderComposer.reinforcement(NEXT_STEPS, due, RECALL, LINKS);

        assertThat(copy.body()).isEqualTo("For your next calls: close with agreed next steps. " + RECALL.instruction());
        assertThat(copy.actions()).extracting(Action::type).containsExactly(ActionType.REFLECTION, ActionType.ACKNOWLEDGE);
    }

    @Test
    void reinforcementTitleStaysShort() {
        Behaviour wordy = new Behaviour("wordy", "Does the rep " + "summarise what was agreed ".repeat(5) + "?", 0, 1);
        assertThat(ReminderComposer.reinforcement(wordy, due, RECALL, LINKS).title())
                .hasSize("Keep it fresh: ".length() + 80).endsWith("…");
    }

    @Test
    void preCallNoteNamesTheCallInTheRepsTimeAndTheBehaviourToBring() {
        CallScheduled call = new CallScheduled("sc-1", null, null, "rep-1", "team-1", "discovery", Instant.parse("2025-03-05T15:00:00Z"));

        NudgeCopy focus = ReminderComposer.preCall(call, NEXT_STEPS, true, DONE_WELL, Duration.ofMinutes(30),
                ZoneId.of("Europe/Berlin"), LINKS);
        assertThat(focus.title()).isEqualTo("Before your discovery call at 16:00");
        assertThat(focus.body()).isEqualTo("One thing to bring to this call: close with agreed next steps."
                + " Try this on your next call: “So Tuesday at ten with your CFO.” (your own words on 3 Mar).");
        assertThat(focus.reason()).startsWith("Your focus on discovery calls is to close with agreed next steps (you did it on 2 of"
                + " your last 5 scored calls), so it is the one thing to bring to this call. This note comes 30 minutes before it"
                + " starts.");
        assertThat(focus.actions()).hasSize(2).endsWith(GOT_IT);

        NudgeCopy gap = ReminderComposer.preCall(call, NEXT_STEPS, false, RECALL, Duration.ofMinutes(30), ZoneOffset.UTC, LINKS);
        assertThat(gap.title()).isEqualTo("Before your discovery call at 15:00");
        assertThat(gap.body()).isEqualTo("One thing to bring to this call: close with agreed next steps. " + RECALL.instruction());
        assertThat(gap.reason()).startsWith("The gap worth the most on discovery calls is to close with agreed next steps");
    }
}
