package io.callreview.coaching.rules;

import io.callreview.coaching.rules.FeedbackComposer.CallFacts;
import io.callreview.coaching.rules.FeedbackComposer.Outcome;
import io.callreview.coaching.rules.FeedbackComposer.Standing;
import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.NudgeRequested.ActionType;
import io.callreview.events.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The buttons of the post-call feedback: they follow its focus, else its strength. */
class FeedbackCopyTest {

    private static final CallFacts CALL = new CallFacts("call-1", "discovery", 1);
    private static final NudgeActions.MomentLinks LINKS = (callId, atMs) -> "https://app/calls/" + callId + "?ms=" + atMs;
    private static final Action GOT_IT = new Action(ActionType.ACKNOWLEDGE, "Got it", null, null);

    private static Outcome outcome(String key, Verdict verdict, String quote) {
        return new Outcome(key, "Does the rep " + key.replace('-', ' ') + "?", 1, false, verdict, quote, 95_000L, 120_000L,
                "Set an agenda. Confirm the time.");
    }

    @Test
    void aFocusAsksWhetherTheRepDidItAndOpensItsMoment() {
        var feedback = FeedbackComposer.compose(CALL, List.of(outcome("open-agenda", Verdict.MET, "Agenda"),
                outcome("ask-budget", Verdict.MISSED, null)), Map.of("open-agenda", new Standing(1, false, false, false)), 1)
                .orElseThrow();

        NudgeCopy copy = FeedbackComposer.copy(CALL, feedback, LINKS);

        assertThat(copy.title()).isEqualTo(feedback.title());
        assertThat(copy.body()).isEqualTo(feedback.body());
        assertThat(copy.reason()).isEqualTo(feedback.reason());
        assertThat(copy.actions()).containsExactly(
                new Action(ActionType.SELF_ASSESSMENT, "Did you do it?", null, "Did you ask budget on that call?"),
                new Action(ActionType.OPEN_CALL_MOMENT, "Listen to the moment", "https://app/calls/call-1?ms=120000", null),
                GOT_IT);
    }

    @Test
    void withoutAFocusItAsksWhatMadeTheStrengthWorkAndOpensIt() {
        var feedback = FeedbackComposer.compose(CALL, List.of(outcome("open-agenda", Verdict.MET, "Agenda")),
                Map.of("open-agenda", new Standing(1, false, false, true)), 0).orElseThrow();

        assertThat(FeedbackComposer.copy(CALL, feedback, LINKS).actions()).containsExactly(
                new Action(ActionType.REFLECTION, "What made it work?", null,
                        "You managed to open agenda: “Agenda”. What did you do that made it work?",
                        List.of("Set an agenda.", "Confirm the time.", Reflections.NOT_SURE)),
                new Action(ActionType.OPEN_CALL_MOMENT, "Listen to what went well", "https://app/calls/call-1?ms=95000", null),
                GOT_IT);
    }

    @Test
    void aFocusWithoutAMomentOfItsOwnOpensTheCall() {
        Outcome wholeCall = new Outcome("ask-budget", "Does the rep ask budget?", 1, false, Verdict.MISSED, null, null, 0L, null);
        var feedback = FeedbackComposer.compose(CALL, List.of(wholeCall), Map.of(), 1).orElseThrow();

        assertThat(FeedbackComposer.copy(CALL, feedback, LINKS).actions()).contains(
                new Action(ActionType.OPEN_CALL_MOMENT, "Open the call", "https://app/calls/call-1?ms=null", null));
    }
}
