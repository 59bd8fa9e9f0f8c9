package io.callreview.scorecard.grading;

import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourCategory;
import io.callreview.scorecard.domain.CallWindow;
import io.callreview.scorecard.domain.ConversationMetrics;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.domain.Precondition;
import io.callreview.scorecard.domain.RequiredSpeaker;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraderTest {

    private static final TextAnalysis ANALYSIS = TextAnalysis.withDefaultConcepts();
    private static final Grader GRADER = new Grader(ANALYSIS, GradingSettings.DEFAULTS);
    private static final long MINUTE = 60_000;

    /** A transcript of ten one-minute turns alternating rep and prospect, with the given lines placed by minute. */
    private static Transcript call(String... turns) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            Role role = i % 2 == 0 ? Role.REP : Role.PROSPECT;
            segments.add(new Segment(role == Role.REP ? "Rita Rep" : "Paul Prospect", i * MINUTE, (i + 1) * MINUTE - 1000,
                    turns[i], role));
        }
        return new Transcript(segments, false);
    }

    private static Behaviour behaviour(DetectionRule rule) {
        return behaviour(rule, false, false);
    }

    private static Behaviour behaviour(DetectionRule rule, boolean critical, boolean naAllowed) {
        return new Behaviour("b", "Does the rep do it?", null, BehaviourCategory.OTHER, 1, critical, naAllowed, rule);
    }

    private static DetectionRule rule(List<String> phrases, RequiredSpeaker speaker, CallWindow window, boolean question, int minCount) {
        return new DetectionRule(phrases, speaker, window, question, minCount);
    }

    private static BehaviourGrade gradeOne(Transcript transcript, DetectionRule rule) {
        return GRADER.grade(transcript, List.of(behaviour(rule)), 0).behaviours().get(0);
    }

    @Test
    void stemmingMatchesInflections() {
        Transcript transcript = call("Have you budgeted for this project yet?", "We have, yes.");
        BehaviourGrade grade = gradeOne(transcript, rule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        assertThat(grade.verdict()).isEqualTo(Verdict.MET);
        assertThat(grade.confidence()).isEqualTo(1.0);
        assertThat(grade.evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo("Have you budgeted for this project yet?");
            assertThat(e.speaker()).isEqualTo("Rita Rep");
            assertThat(e.startMs()).isZero();
        });
        BehaviourGrade reverse = gradeOne(call("What is the budget?"),
                rule(List.of("budgeted"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        assertThat(reverse.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void synonymsMatchTheConceptWithSlightlyLowerConfidence() {
        Transcript transcript = call("How much were you planning to spend on this?", "Not sure yet.");
        BehaviourGrade grade = gradeOne(transcript, rule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        assertThat(grade.verdict()).isEqualTo(Verdict.MET);
        assertThat(grade.confidence()).isEqualTo(0.8);

        BehaviourGrade multiWord = gradeOne(call("Let's agree on the action items before we hang up."),
                rule(List.of("next steps"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        assertThat(multiWord.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void quotesOfLongSentencesShowTheMatchedWords() {
        String ramble = "so we went through the whole history of the account and the people involved ".repeat(12);
        BehaviourGrade grade = gradeOne(call(ramble + "and then I asked about the budget for next year and more " + ramble),
                rule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        String quote = grade.evidence().get(0).quote();
        assertThat(quote).hasSizeLessThanOrEqualTo(280).startsWith("...").endsWith("...").contains("asked about the budget");
    }

    @Test
    void theSameSentenceSaidAgainCountsOnce() {
        DetectionRule twice = rule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 2);

        BehaviourGrade repeated = gradeOne(call("What budget have you set aside?", "Not sure.", "What budget have you set aside?",
                "Still not sure."), twice);
        BehaviourGrade asked = gradeOne(call("What budget have you set aside?", "Not sure.", "Is the budget approved by finance?",
                "Not yet."), twice);

        assertThat(repeated.verdict()).isNotEqualTo(Verdict.MET);
        assertThat(asked.verdict()).isEqualTo(Verdict.MET);
        assertThat(asked.evidence()).hasSize(2);
    }

    @Test
    void rawSubstringsDoNotMatch() {
        BehaviourGrade grade = gradeOne(call("We talked about the budgie the prospect owns."),
                rule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        assertThat(grade.verdict()).isNotEqualTo(Verdict.MET);
    }

    @Test
    void onlyTheRulesSpeakerCounts() {
        Transcript transcript = call("Thanks for joining.", "Our budget is fixed for this year.");
        BehaviourGrade grade = gradeOne(transcript, rule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        assertThat(grade.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(grade.evidence()).isEmpty();

        BehaviourGrade prospect = gradeOne(transcript, rule(List.of("budget"), RequiredSpeaker.PROSPECT, CallWindow.WHOLE_CALL, false, 1));
        assertThat(prospect.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void unmappedSpeakersCountWithLowConfidenceSoACoachReviews() {
        Transcript transcript = new Transcript(List.of(
                new Segment("Someone", 0, 10_000, "What budget do you have?", Role.UNKNOWN)), false);
        BehaviourGrade grade = gradeOne(transcript, rule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        assertThat(grade.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(grade.confidence()).isEqualTo(0.5);
    }

    @Test
    void onceTheRepIsKnownAnUnmappedSpeakerDoesNotDoTheRepsBehaviours() {
        Transcript transcript = new Transcript(List.of(
                new Segment("Rita Rep", 0, 10_000, "Thanks for making the time today.", Role.REP),
                new Segment("dana@acme", 11_000, 20_000, "What budget do you have, you ask? About forty thousand.", Role.UNKNOWN)), false);

        assertThat(gradeOne(transcript, rule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1)).verdict())
                .isEqualTo(Verdict.MISSED);
        BehaviourGrade prospect = gradeOne(transcript, rule(List.of("budget"), RequiredSpeaker.PROSPECT, CallWindow.WHOLE_CALL, false, 1));
        assertThat(prospect.verdict()).as("the unnamed speaker may still be the prospect").isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(prospect.confidence()).isEqualTo(0.5);
    }

    @Test
    void windowLimitsWhereTheBehaviourCounts() {
        String[] turns = new String[10];
        java.util.Arrays.fill(turns, "Mm-hmm, that makes sense.");
        turns[2] = "What are the next steps on your side?";
        DetectionRule lateRule = rule(List.of("next step"), RequiredSpeaker.REP, CallWindow.lastPercent(20), false, 1);
        BehaviourGrade early = gradeOne(call(turns), lateRule);
        assertThat(early.verdict()).isIn(Verdict.MISSED, Verdict.NEEDS_REVIEW);
        assertThat(early.expectedAtMs()).isEqualTo((10 * MINUTE - 1000) * 80 / 100);

        turns[8] = "So the next step is a demo with your team.";
        BehaviourGrade late = gradeOne(call(turns), lateRule);
        assertThat(late.verdict()).isEqualTo(Verdict.MET);
        assertThat(late.evidence()).singleElement().satisfies(e -> assertThat(e.startMs()).isEqualTo(8 * MINUTE));
    }

    @Test
    void aClosingWindowIsTheEndOfTheConversationWhenTheReportedDurationAddsRingingOrHold() {
        String[] turns = new String[10];
        java.util.Arrays.fill(turns, "Mm-hmm, that makes sense.");
        turns[8] = "So the next step is a demo with your team on Tuesday.";
        DetectionRule closing = rule(List.of("next step"), RequiredSpeaker.REP, CallWindow.lastPercent(20), false, 1);
        Behaviour behaviour = behaviour(closing);
        long talkEnds = 10 * MINUTE - 1000;

        // ten minutes of talk, twelve reported by the CRM: the close at minute eight is in the talk's last fifth, not the call's
        BehaviourGrade padded = GRADER.grade(call(turns), List.of(behaviour), 12 * MINUTE).behaviours().get(0);
        assertThat(padded.verdict()).isEqualTo(Verdict.MET);

        // ten minutes of talk, thirty reported: the transcript may be cut short, so the reported end stands
        BehaviourGrade cutShort = GRADER.grade(call(turns), List.of(behaviour), 30 * MINUTE).behaviours().get(0);
        assertThat(cutShort.verdict()).isIn(Verdict.MISSED, Verdict.NEEDS_REVIEW);
        assertThat(cutShort.expectedAtMs()).isEqualTo(30 * MINUTE * 80 / 100);
        assertThat(Grader.windowsEnd(call(turns), 12 * MINUTE)).isEqualTo(talkEnds);
        assertThat(Grader.windowsEnd(call(turns), 30 * MINUTE)).isEqualTo(30 * MINUTE);
        assertThat(GRADER.grade(call(turns), List.of(behaviour), 12 * MINUTE).metrics().durationMs())
                .as("the call's length as reported").isEqualTo(12 * MINUTE);
    }

    @Test
    void questionRulesNeedAQuestion() {
        DetectionRule asked = rule(List.of("timeline"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, true, 1);
        assertThat(gradeOne(call("Our timeline is tight."), asked).verdict()).isNotEqualTo(Verdict.MET);
        assertThat(gradeOne(call("What timeline are you working towards?"), asked).verdict()).isEqualTo(Verdict.MET);
        assertThat(gradeOne(call("So how does the timeline look for you"), asked).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void minCountNeedsEnoughDistinctSentences() {
        DetectionRule twice = rule(List.of("budget", "timeline"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, true, 2);
        BehaviourGrade once = gradeOne(call("What budget do you have?", "About fifty thousand.", "Great."), twice);
        assertThat(once.verdict()).isIn(Verdict.MISSED, Verdict.NEEDS_REVIEW);
        assertThat(once.confidence()).isLessThan(0.95);

        BehaviourGrade both = gradeOne(call("What budget do you have?", "About fifty thousand.",
                "And what timeline are you working to?"), twice);
        assertThat(both.verdict()).isEqualTo(Verdict.MET);
        assertThat(both.evidence()).hasSize(2);
    }

    @Test
    void confidenceBelowTheThresholdBecomesNeedsReview() {
        // One qualifying question of two, plus a statement that is a near miss: the grader is unsure.
        Transcript transcript = call("What budget do you have?", "Fifty.", "Our timeline is usually quick.");
        DetectionRule twice = rule(List.of("budget", "timeline"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, true, 2);
        BehaviourGrade unsure = gradeOne(transcript, twice);
        assertThat(unsure.confidence()).isEqualTo(0.5);
        assertThat(unsure.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(unsure.expectedAtMs()).as("due anywhere in the call: no one place it was expected").isNull();
        assertThat(unsure.evidence()).hasSize(2);

        Grader lenient = new Grader(ANALYSIS, new GradingSettings(0.4, 5, 1));
        assertThat(lenient.grade(transcript, List.of(behaviour(twice)), 0).behaviours().get(0).verdict())
                .isEqualTo(Verdict.MISSED);
    }

    @Test
    void notApplicableOnlyWhenAllowedAndThePreconditionIsAbsent() {
        DetectionRule handle = new DetectionRule(List.of("understand your concern", "fair point"), RequiredSpeaker.REP,
                CallWindow.WHOLE_CALL, false, 1, new Precondition(List.of("too expensive"), RequiredSpeaker.PROSPECT));
        Transcript calm = call("Shall we look at the demo?", "Yes, looks good.");
        Transcript objection = call("Here is the price.", "Honestly that's too pricey for us.", "Let me show the plan.");

        Behaviour allowed = behaviour(handle, false, true);
        assertThat(GRADER.grade(calm, List.of(allowed), 0).behaviours().get(0).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);

        BehaviourGrade missed = GRADER.grade(objection, List.of(allowed), 0).behaviours().get(0);
        assertThat(missed.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(missed.evidence()).extracting(io.callreview.events.Evidence::speaker).containsExactly("Paul Prospect");
        assertThat(missed.expectedAtMs()).isEqualTo(2 * MINUTE - 1000);

        Behaviour noPrecondition = behaviour(rule(List.of("fair point"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1), false, true);
        assertThat(GRADER.grade(calm, List.of(noPrecondition), 0).behaviours().get(0).verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void weightedScoreOverApplicableBehavioursAndCriticalAutoFail() {
        Transcript transcript = call("What budget do you have?", "Fifty.", "Thanks, bye.");
        Behaviour met = new Behaviour("qualify", "q?", null, BehaviourCategory.QUALIFICATION, 3, false, false,
                rule(List.of("budget"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        Behaviour missedCritical = new Behaviour("close", "c?", null, BehaviourCategory.NEXT_STEPS, 1, true, false,
                rule(List.of("next step"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1));
        Behaviour notApplicable = new Behaviour("objection", "o?", null, BehaviourCategory.OBJECTION_HANDLING, 5, false, true,
                new DetectionRule(List.of("fair point"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1,
                        new Precondition(List.of("too expensive"), RequiredSpeaker.PROSPECT)));

        Grade grade = GRADER.grade(transcript, List.of(met, missedCritical, notApplicable), 0);
        assertThat(grade.behaviour("qualify").verdict()).isEqualTo(Verdict.MET);
        assertThat(grade.behaviour("close").verdict()).isEqualTo(Verdict.MISSED);
        assertThat(grade.behaviour("objection").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(grade.overallScore()).isEqualTo(75.0);
        assertThat(grade.autoFailed()).isTrue();

        Grade withoutCritical = GRADER.grade(transcript, List.of(met, notApplicable), 0);
        assertThat(withoutCritical.overallScore()).isEqualTo(100.0);
        assertThat(withoutCritical.autoFailed()).isFalse();
    }

    @Test
    void conversationMetrics() {
        List<Segment> segments = List.of(
                new Segment("Rita", 0, 30_000, "Hi Paul. What brings you here today? How is the team?", Role.REP),
                new Segment("Rita", 31_000, 60_000, "Let me explain our approach at length.", Role.REP),
                new Segment("Paul", 59_000, 70_000, "We need better reporting. Can you help?", Role.PROSPECT),
                new Segment("Rita", 72_000, 80_000, "Yes we can.", Role.REP));
        Grade grade = GRADER.grade(new Transcript(segments, false), List.of(), 0);
        ConversationMetrics metrics = grade.metrics();
        assertThat(metrics.repTalkMs()).isEqualTo(67_000);
        assertThat(metrics.prospectTalkMs()).isEqualTo(11_000);
        assertThat(metrics.repTalkRatio()).isEqualTo(0.859);
        assertThat(metrics.repQuestions()).isEqualTo(2);
        assertThat(metrics.prospectQuestions()).isEqualTo(1);
        assertThat(metrics.longestRepMonologueMs()).isEqualTo(60_000);
        assertThat(metrics.averagePatienceMs()).isEqualTo(2_000);
        assertThat(metrics.interruptions()).isZero();
        assertThat(metrics.durationMs()).isEqualTo(80_000);
    }
}
