package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeRules.Timing;
import io.callreview.events.DisputeResolved;
import io.callreview.events.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nudge's reason shows to the rep as "Why you are getting this": in their words, with no ids, score revisions or
 * memory-model figures.
 */
class RepFacingReasonsTest {

    private static final NudgeActions.MomentLinks LINKS = (callId, atMs) -> "https://app/calls/" + callId;
    private static final List<String> AUDIT_WORDS = List.of("FSRS", "stability", "revision", "the rep ", "call-9", "d-1", "u-1");

    @Test
    void aTrainingUnitSaysWhyInTheRepsWords() {
        var unit = new TrainingComposer.Unit("next-steps", "Does the rep close with agreed next steps?", 3, 2, 1,
                "You are new here (2 scored calls so far): learning what good looks like comes first, coaching once you know it.");

        String reason = TrainingComposer.assigned(unit, "https://app/training/u-1").reason();

        assertThat(reason).isEqualTo("You are new here (2 scored calls so far): learning what good looks like comes first,"
                + " coaching once you know it.");
    }

    @Test
    void aQuizSaysHowLongSinceThePracticeAndHowFarToTheEndOfTheUnit() {
        var due = new NudgeRules.Reinforcement(Instant.parse("2025-03-03T10:00:00Z"), 1.4, 0.9,
                Instant.parse("2025-03-04T22:00:00Z"), 0.9, new Timing(Instant.parse("2025-03-04T22:00:00Z"),
                Instant.parse("2025-03-04T22:00:00Z"), Instant.parse("2025-03-06T10:00:00Z")));
        var behaviour = new ReminderComposer.Behaviour("next-steps", "Does the rep close with agreed next steps?", 0, 2);
        PracticeItem item = Practice.recalls("next-steps", "Does the rep close with agreed next steps?").get(0);

        String reason = TrainingComposer.quiz(behaviour, due, item, 1, 3, LINKS).reason();

        assertThat(reason).isEqualTo("A quiz from your training unit on how to close with agreed next steps, 36 hours after you"
                + " last practised it: quizzes spaced just before what you learnt starts to slip make it stick. You have 1 of the"
                + " 3 right answers in a row that complete the unit.");
        assertThat(reason).doesNotContain(AUDIT_WORDS);
    }

    @Test
    void aPairingTellsTheRepWhyAndTheMentorWhyThem() {
        var pairing = new MentoringComposer.Pairing("rep-1", "rep-peer", "next-steps", "Does the rep close with agreed next steps?",
                "You did it on only 1 of your 10 scored calls: a teammate who does it on every discovery call can show you what"
                        + " good sounds like.", "call-9", 60_000L, "So Tuesday at ten?");

        assertThat(MentoringComposer.toRep(pairing, "https://app/mentoring/p-1", LINKS).reason())
                .isEqualTo("You did it on only 1 of your 10 scored calls: a teammate who does it on every discovery call can"
                        + " show you what good sounds like.");
        assertThat(MentoringComposer.toMentor(pairing, "https://app/mentoring/p-1", LINKS).reason())
                .isEqualTo("You close with agreed next steps on call after call and have said why it works, so you can show a"
                        + " teammate how.");
    }

    @Test
    void aDecidedOrClosedDisputeSaysWhoDecidedWithoutItsIds() {
        var accepted = new DisputeResolved("d-1", "call-9", "rep-1", "team-1", "discovery", "next-steps",
                "Does the rep close with agreed next steps?", DisputeResolved.Outcome.ACCEPTED, Verdict.MISSED, Verdict.MET,
                "Right: the date was agreed.", "coach-ana", Instant.parse("2025-03-03T10:00:00Z"), 3);
        var closed = new DisputeResolved("d-1", "call-9", "rep-1", "team-1", "discovery", "next-steps",
                "Does the rep close with agreed next steps?", DisputeResolved.Outcome.CLOSED, Verdict.MISSED, null,
                "the call was set aside: a test call", "admin-1", Instant.parse("2025-03-03T10:00:00Z"), null);

        assertThat(DisputeNotice.copy(accepted, LINKS).reason())
                .isEqualTo("You disputed a verdict on your discovery call, and coach-ana decided it.");
        assertThat(DisputeNotice.copy(closed, LINKS).reason())
                .isEqualTo("You disputed a verdict on your discovery call, and admin-1 closed the dispute without a decision.");
    }
}
