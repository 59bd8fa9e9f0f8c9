package io.callreview.coaching.rules;

import io.callreview.coaching.rules.CompetenceStages.Assessment;
import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.coaching.rules.Insight.Kind;
import io.callreview.events.RepResponse.SelfAssessment;
import io.callreview.events.RepResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every move of the ladder, from the two signals: what the rep does (calls) and what they know (answers). */
class CompetenceStagesTest {

    private final CompetenceStages stages = new CompetenceStages(new CompetenceStages.Thresholds(10, 3, 0.8));
    private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");

    private static List<Observation> history(boolean... met) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < met.length; i++) {
            list.add(new Observation("c" + i, T0.plusSeconds(86_400L * i), met[i]));
        }
        return list;
    }

    private static Insight insight(Kind kind, String callId, int day) {
        return new Insight(T0.plusSeconds(86_400L * day), kind, callId);
    }

    private Assessment assess(List<Observation> history, Insight... insights) {
        return stages.assess(history, List.of(insights));
    }

    @Test
    void notDoingItAndNoAnswerIsUnconsciouslyIncompetent() {
        Assessment result = assess(history(false, false, true));
        assertThat(result.stage()).isEqualTo(Stage.UNCONSCIOUSLY_INCOMPETENT);
        assertThat(result.basis()).contains("Met on 1 of the last 3").contains("no answer about it");
        assertThat(result.atTarget()).isFalse();
    }

    @Test
    void believingItWasDoneOnAMissedCallKeepsTheGapUnseen() {
        Assessment result = assess(history(false, false, true), insight(Kind.BELIEVED_DONE_WHEN_MISSED, "c1", 2));
        assertThat(result.stage()).isEqualTo(Stage.UNCONSCIOUSLY_INCOMPETENT);
        assertThat(result.basis()).contains("on call c1 the rep believed they did it").contains("do not see the gap");
    }

    @Test
    void seeingTheMissMakesTheGapConscious() {
        Assessment result = assess(history(false, false), insight(Kind.BELIEVED_DONE_WHEN_MISSED, "c0", 1),
                insight(Kind.SAW_THE_MISS, "c1", 2));
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
        assertThat(result.basis()).contains("on call c1 the rep said they had not done it").endsWith("so they know it is a gap.");
    }

    @Test
    void acknowledgedFeedbackOrCompletedTrainingMakeTheGapConscious() {
        assertThat(assess(history(false, false, false), insight(Kind.ACKNOWLEDGED_FEEDBACK, null, 1)).stage())
                .isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
        assertThat(assess(history(false), insight(Kind.COMPLETED_TRAINING, null, 1)).stage())
                .isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
    }

    @Test
    void doingItConsistentlyWithoutSayingWhyIsUnconsciouslyCompetent() {
        Assessment silent = assess(history(true, true, true, true));
        assertThat(silent.stage()).isEqualTo(Stage.UNCONSCIOUSLY_COMPETENT);
        assertThat(silent.consistent()).isTrue();
        assertThat(silent.atTarget()).isFalse();
        assertThat(silent.basis()).contains("consistently").contains("a reflection prompt asks");

        Assessment notSure = assess(history(true, true, true, true), insight(Kind.COULD_NOT_EXPLAIN, "c3", 4));
        assertThat(notSure.stage()).isEqualTo(Stage.UNCONSCIOUSLY_COMPETENT);
        assertThat(notSure.basis()).contains("could not say what made it work").contains("without knowing why");

        Assessment didNotNotice = assess(history(true, true, true), insight(Kind.DID_NOT_NOTICE_DOING_IT, "c2", 3));
        assertThat(didNotNotice.stage()).isEqualTo(Stage.UNCONSCIOUSLY_COMPETENT);
    }

    @Test
    void explainingWhyMakesItConsciousAndConsistentlySoIsTheTarget() {
        Assessment result = assess(history(true, true, true, true), insight(Kind.COULD_NOT_EXPLAIN, "c1", 2),
                insight(Kind.EXPLAINED_WHY, "c3", 4));
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
        assertThat(result.consistent()).isTrue();
        assertThat(result.atTarget()).isTrue();
        assertThat(result.basis()).contains("explained what made it work").contains("the target");
    }

    @Test
    void aRightQuizAnswerAfterTrainingCountsAsKnowingWhy() {
        Assessment result = assess(history(false, true, true, true, true), insight(Kind.ANSWERED_QUIZ_RIGHT, null, 3));
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
        assertThat(result.atTarget()).isTrue();
    }

    @Test
    void aMissOnTheLatestCallIsALapseThatLeavesTheTarget() {
        Assessment result = assess(history(true, true, true, true, true, true, true, true, true, false),
                insight(Kind.EXPLAINED_WHY, "c3", 4));
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
        assertThat(result.consistent()).isFalse();
        assertThat(result.atTarget()).isFalse();
        assertThat(result.basis()).contains("missed on the latest call (a lapse)");
    }

    @Test
    void fallingBelowTheAdherenceAfterExplainingIsConsciousIncompetence() {
        Assessment result = assess(history(true, true, true, false, false), insight(Kind.EXPLAINED_WHY, "c2", 3));
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
        assertThat(result.atTarget()).isFalse();
        assertThat(result.basis()).contains("explained what made it work")
                .endsWith("so they know what it takes and can see that they do not do it yet.");
    }

    @Test
    void afterALapseTheTargetComesBackWithTheNextMetCall() {
        Assessment result = assess(history(true, true, true, true, true, false, true), insight(Kind.EXPLAINED_WHY, "c1", 2));
        assertThat(result.atTarget()).isTrue();
    }

    @Test
    void tooFewCallsAreNeverConsistent() {
        Assessment result = assess(history(true, true), insight(Kind.EXPLAINED_WHY, "c1", 2));
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
        assertThat(result.consistent()).isFalse();
        assertThat(result.atTarget()).isFalse();
        assertThat(result.basis()).contains("too few calls");
    }

    @Test
    void theLatestAnswerDecides() {
        Assessment forgot = assess(history(true, true, true), insight(Kind.EXPLAINED_WHY, "c0", 1),
                insight(Kind.COULD_NOT_EXPLAIN, "c2", 3));
        assertThat(forgot.stage()).isEqualTo(Stage.UNCONSCIOUSLY_COMPETENT);
        Assessment saw = assess(history(false, false, false), insight(Kind.SAW_THE_MISS, "c2", 9),
                insight(Kind.BELIEVED_DONE_WHEN_MISSED, "c0", 1));
        assertThat(saw.stage()).isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
    }

    @Test
    void onlyTheRecentWindowCounts() {
        boolean[] met = new boolean[14];
        for (int i = 4; i < 14; i++) {
            met[i] = i != 12;
        }
        // 4 old misses fall outside the window of 10: 9 of the last 10 met
        Assessment result = assess(history(met), insight(Kind.EXPLAINED_WHY, "c5", 6));
        assertThat(result.atTarget()).isTrue();
        assertThat(result.basis()).contains("9 of the last 10");
    }

    @Test
    void needsAVerdict() {
        assertThatThrownBy(() -> stages.assess(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStageExplainsItself() {
        for (Stage stage : Stage.values()) {
            assertThat(stage.meaning()).isNotBlank();
        }
    }

    @Test
    void answersAreReadAgainstWhatTheCallShowed() {
        assertThat(Insight.of(RepResponse.Kind.SELF_ASSESSMENT, SelfAssessment.YES, null, false)).contains(Kind.BELIEVED_DONE_WHEN_MISSED);
        assertThat(Insight.of(RepResponse.Kind.SELF_ASSESSMENT, SelfAssessment.NOT_SURE, null, false)).contains(Kind.SAW_THE_MISS);
        assertThat(Insight.of(RepResponse.Kind.SELF_ASSESSMENT, SelfAssessment.NO, null, true)).contains(Kind.DID_NOT_NOTICE_DOING_IT);
        assertThat(Insight.of(RepResponse.Kind.SELF_ASSESSMENT, SelfAssessment.YES, null, true)).isEmpty();
        assertThat(Insight.of(RepResponse.Kind.SELF_ASSESSMENT, SelfAssessment.YES, null, null)).isEmpty();
        assertThat(Insight.of(RepResponse.Kind.REFLECTION, null, Fsrs.Grade.GOOD, true)).contains(Kind.EXPLAINED_WHY);
        assertThat(Insight.of(RepResponse.Kind.REFLECTION, null, Fsrs.Grade.HARD, true)).contains(Kind.COULD_NOT_EXPLAIN);
        assertThat(Insight.of(RepResponse.Kind.QUIZ_ANSWER, null, Fsrs.Grade.AGAIN, null)).contains(Kind.ANSWERED_QUIZ_WRONG);
        assertThat(Insight.of(RepResponse.Kind.QUIZ_ANSWER, null, Fsrs.Grade.HARD, null)).contains(Kind.ANSWERED_QUIZ_UNSURE);
        assertThat(Insight.of(RepResponse.Kind.ACKNOWLEDGED, null, null, null)).contains(Kind.ACKNOWLEDGED_FEEDBACK);
    }
}
