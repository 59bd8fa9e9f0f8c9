package io.callreview.coaching.rules;

import io.callreview.coaching.rules.FeedbackComposer.CallFacts;
import io.callreview.coaching.rules.FeedbackComposer.Outcome;
import io.callreview.coaching.rules.FeedbackComposer.Standing;
import io.callreview.events.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackComposerTest {

    private static final CallFacts CALL = new CallFacts("call-1", "discovery", 1);

    private static Outcome outcome(String key, double weight, Verdict verdict, String quote) {
        return new Outcome(key, "Does the rep " + key.replace('-', ' ') + "?", weight, false, verdict, quote,
                quote == null ? null : 95_000L, 120_000L, "Say it. Mean it.");
    }

    @Test
    void leadsWithOneStrengthAndGivesOneFocusByWeightTimesGap() {
        List<Outcome> outcomes = List.of(
                outcome("open-agenda", 1, Verdict.MET, "Here is what I suggest we cover"),
                outcome("ask-budget", 3, Verdict.MISSED, null),
                outcome("next-steps", 2, Verdict.MISSED, null),
                outcome("name-competitor", 1, Verdict.MISSED, null),
                outcome("small-talk", 1, Verdict.NOT_APPLICABLE, null));
        Map<String, Standing> standings = Map.of(
                "ask-budget", new Standing(0.8, true, false, false),   // 3 x 0.2 = 0.6
                "next-steps", new Standing(0.25, true, false, false),  // 2 x 0.75 = 1.5
                "name-competitor", new Standing(0.0, false, false, false));
        var feedback = FeedbackComposer.compose(CALL, outcomes, standings, 0).orElseThrow();

        assertThat(feedback.strength().key()).isEqualTo("open-agenda");
        assertThat(feedback.focus().key()).isEqualTo("next-steps");
        assertThat(feedback.body()).startsWith("What went well: you open agenda (at 1:35): “Here is what I suggest we cover”.")
                .contains("One thing to focus on next time: next steps.")
                .doesNotContain("ask budget").doesNotContain("name competitor");
        assertThat(feedback.reason()).startsWith("Your call was scored. Strength: you open agenda (at 1:35).")
                .contains("Focus: you did not next steps, and of what you missed it matters most: it counts twice on your"
                        + " scorecard, and you did it on 25% of your recent calls. It is one of your focus behaviours.")
                .contains("The other 2 misses come in later moments").doesNotContain(CALL.callId());
    }

    @Test
    void aFreeSlotLetsTheMostValuableMissBecomeAFocus() {
        var feedback = FeedbackComposer.compose(CALL, List.of(
                outcome("ask-budget", 3, Verdict.MISSED, null),
                outcome("next-steps", 2, Verdict.MISSED, null)), Map.of(), 1).orElseThrow();
        assertThat(feedback.focus().key()).isEqualTo("ask-budget");
        assertThat(feedback.focus().newFocus()).isTrue();
        assertThat(feedback.strength()).isNull();
        assertThat(feedback.body()).startsWith("Thanks for your discovery call.");
    }

    @Test
    void neverFocusesOnAMasteredBehaviourOrBeyondTheFocusLimit() {
        var feedback = FeedbackComposer.compose(CALL, List.of(
                outcome("open-agenda", 1, Verdict.MET, "Agenda"),
                outcome("ask-budget", 3, Verdict.MISSED, null),
                outcome("next-steps", 2, Verdict.MISSED, null)),
                Map.of("ask-budget", new Standing(0.9, false, true, false), "next-steps", new Standing(0.1, false, false, false)), 0).orElseThrow();
        assertThat(feedback.focus()).isNull();
        assertThat(feedback.reason()).contains("not among your current focus behaviours");
    }

    @Test
    void prefersAStrengthWithEvidenceThatTheRepCannotExplainYet() {
        var feedback = FeedbackComposer.compose(CALL, List.of(
                outcome("heavy-no-quote", 5, Verdict.MET, null),
                outcome("at-target", 2, Verdict.MET, "quote a"),
                outcome("focus-win", 1, Verdict.MET, "quote b"),
                outcome("unconscious", 1, Verdict.MET, "quote c")),
                Map.of("heavy-no-quote", new Standing(0.9, false, false, true),
                        "at-target", new Standing(1.0, false, true, false),
                        "focus-win", new Standing(0.3, true, false, false),
                        "unconscious", new Standing(1.0, false, false, true)), 0).orElseThrow();
        assertThat(feedback.strength().key()).isEqualTo("unconscious");
        assertThat(feedback.strength().reflect()).isTrue();
        assertThat(feedback.body()).contains("Nothing missed on this call");
        assertThat(feedback.reason()).contains("the question asks you why");
    }

    @Test
    void praiseWithNothingToDoIsNoNudge() {
        assertThat(FeedbackComposer.compose(CALL, List.of(outcome("at-target", 2, Verdict.MET, "quote a"),
                        outcome("focus-win", 1, Verdict.MET, "quote b")),
                Map.of("at-target", new Standing(1.0, false, true, false), "focus-win", new Standing(0.3, true, false, false)), 0))
                .isEmpty();
    }

    @Test
    void aCoachsReviewThatFindsNothingMissedStillReachesTheRep() {
        List<Outcome> outcomes = List.of(outcome("at-target", 2, Verdict.MET, "quote a"),
                new Outcome("focus-win", "Does the rep focus win?", 1, false, Verdict.MET, "quote b", 95_000L, 95_000L, null,
                        "This is how it is done."));
        Map<String, Standing> standings = Map.of("at-target", new Standing(1.0, false, true, false),
                "focus-win", new Standing(0.3, true, false, false));
        CallFacts review = new CallFacts("call-1", "discovery", 2, "coach-ana", "focus-win", null, null);

        var feedback = FeedbackComposer.compose(review, outcomes, standings, 0).orElseThrow();

        assertThat(feedback.strength().key()).isEqualTo("focus-win");
        assertThat(feedback.focus()).isNull();
        assertThat(feedback.title()).isEqualTo("coach-ana reviewed your discovery call");
        assertThat(feedback.body()).contains("Your coach, coach-ana, says: “This is how it is done.”")
                .contains("Nothing missed on this call");
    }

    @Test
    void nothingToSayMeansNoNudge() {
        assertThat(FeedbackComposer.compose(CALL, List.of(outcome("x", 1, Verdict.NOT_APPLICABLE, null)), Map.of(), 2)).isEmpty();
    }

    @Test
    void theCoachsPicksLeadAndTheCoachsCommentsReachTheRep() {
        List<Outcome> outcomes = List.of(
                outcome("open-agenda", 1, Verdict.MET, "Here is what I suggest we cover"),
                new Outcome("ask-budget", "Does the rep ask budget?", 1, false, Verdict.MET, "What budget have you set aside?",
                        200_000L, 200_000L, null, "Great timing on the budget question."),
                new Outcome("next-steps", "Does the rep next steps?", 3, false, Verdict.MISSED, null, null, 540_000L, null,
                        "Propose the follow-up with a date here."),
                new Outcome("right-people", "Does the rep right people?", 1, false, Verdict.MISSED, null, null, 300_000L, null,
                        "Ask who else signs off here."));
        Map<String, Standing> standings = Map.of(
                "open-agenda", new Standing(0.2, false, false, true),
                "next-steps", new Standing(0.0, true, false, false),
                "right-people", new Standing(0.9, false, false, false));
        CallFacts review = new CallFacts("call-1", "discovery", 2, "coach-ana", "ask-budget", "right-people",
                "Strong discovery overall; the close needs a date.");

        var feedback = FeedbackComposer.compose(review, outcomes, standings, 0).orElseThrow();

        assertThat(feedback.strength().key()).isEqualTo("ask-budget");
        assertThat(feedback.focus().key()).isEqualTo("right-people");
        assertThat(feedback.focus().newFocus()).isFalse();
        assertThat(feedback.body()).contains("you ask budget").contains("Your coach, coach-ana, says: “Great timing on the budget question.”")
                .contains("Your coach's focus for you next time: right people.")
                .contains("“Ask who else signs off here.”");
        assertThat(feedback.body()).as("the coach's summary first, then their notes on the other behaviours")
                .startsWith("Your coach, coach-ana, says: “Strong discovery overall; the close needs a date.” What went well:")
                .endsWith(" Your coach also noted, on next steps (at 9:00): “Propose the follow-up with a date here.”.");
        assertThat(feedback.title()).isEqualTo("coach-ana reviewed your discovery call");
        assertThat(feedback.reason()).startsWith("Your coach reviewed your call.").contains("your coach chose it as your strength")
                .contains("Focus: you did not right people, and your coach (coach-ana) chose it as your focus.");

        var automatic = FeedbackComposer.compose(CALL, outcomes, standings, 0).orElseThrow();
        assertThat(automatic.focus().key()).isEqualTo("next-steps");
        assertThat(automatic.body()).doesNotContain("Your coach's focus").doesNotContain("Your coach also noted");
        assertThat(automatic.title()).isEqualTo("Feedback on your discovery call");
    }
}
