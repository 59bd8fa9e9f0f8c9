package io.callreview.coaching.rules;

import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.coaching.rules.CompetenceStages.SelfCheck;
import io.callreview.events.RepResponse.SelfAssessment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompetenceStagesTest {

    private final CompetenceStages stages = new CompetenceStages(new CompetenceStages.Thresholds(10, 3, 0.8, 6));
    private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");

    private static List<Observation> history(boolean... met) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < met.length; i++) {
            list.add(new Observation("c" + i, T0.plusSeconds(86_400L * i), met[i]));
        }
        return list;
    }

    private static SelfCheck check(String callId, SelfAssessment answer, boolean actuallyMet, int day) {
        return new SelfCheck(callId, T0.plusSeconds(86_400L * day), answer, actuallyMet);
    }

    @Test
    void believingYesOnAMissedCallIsUnconsciousOfTheGap() {
        var result = stages.assess(history(false, false, true), List.of(check("c1", SelfAssessment.YES, false, 2)), false);
        assertThat(result.stage()).isEqualTo(Stage.UNCONSCIOUSLY_INCOMPETENT);
        assertThat(result.basis()).contains("believed they did it").contains("c1");
    }

    @Test
    void sayingNoOnAMissedCallIsConsciousOfTheGap() {
        var result = stages.assess(history(false, false), List.of(check("c1", SelfAssessment.NOT_SURE, false, 2)), false);
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
        assertThat(result.basis()).contains("NOT_SURE");
    }

    @Test
    void acknowledgedFeedbackWithoutSelfAssessmentMakesTheGapConscious() {
        assertThat(stages.assess(history(false, false, false), List.of(), true).stage()).isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
        assertThat(stages.assess(history(false, false, false), List.of(), false).stage()).isEqualTo(Stage.UNCONSCIOUSLY_INCOMPETENT);
    }

    @Test
    void consistentButAnsweringNoIsUnconsciouslyCompetent() {
        var result = stages.assess(history(true, true, true, true), List.of(check("c3", SelfAssessment.NO, true, 4)), false);
        assertThat(result.stage()).isEqualTo(Stage.UNCONSCIOUSLY_COMPETENT);
        assertThat(result.basis()).contains("without knowing it");
    }

    @Test
    void consistentAndKnowingItIsConsciouslyCompetent() {
        var result = stages.assess(history(true, true, false, true, true), List.of(check("c4", SelfAssessment.YES, true, 5)), false);
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
    }

    @Test
    void aLongStreakBecomesAHabit() {
        assertThat(stages.assess(history(false, true, true, true, true, true, true), List.of(), false).stage())
                .isEqualTo(Stage.UNCONSCIOUSLY_COMPETENT);
        var fiveInARow = stages.assess(history(false, true, true, true, true, true), List.of(), false);
        assertThat(fiveInARow.stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
        assertThat(fiveInARow.basis()).contains("5 in a row, 6 make one");
    }

    @Test
    void tooFewCallsShownEveryTimeAreProvisionallyConsciousNeverAHabit() {
        var early = stages.assess(history(true, true), List.of(), false);
        assertThat(early.stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
        assertThat(early.basis()).contains("provisional").contains("too few calls");
        var answeredNo = stages.assess(history(true), List.of(check("c0", SelfAssessment.NO, true, 0)), false);
        assertThat(answeredNo.stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
        assertThat(answeredNo.basis()).contains("answered NO");
    }

    @Test
    void tooFewCallsWithAMissAreNotYetDone() {
        assertThat(stages.assess(history(true, false), List.of(), false).stage()).isEqualTo(Stage.UNCONSCIOUSLY_INCOMPETENT);
        assertThat(stages.assess(history(false), List.of(), true).stage()).isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
    }

    @Test
    void onlyTheRecentWindowCounts() {
        boolean[] met = new boolean[14];
        for (int i = 4; i < 14; i++) {
            met[i] = i != 13;
        }
        // 4 old misses fall outside the window of 10: 9 of the last 10 met
        var result = stages.assess(history(met), List.of(), false);
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
        assertThat(result.basis()).contains("9 of the last 10");
    }

    @Test
    void theLatestSelfAssessmentDecides() {
        var result = stages.assess(history(false, false, false),
                List.of(check("c2", SelfAssessment.NO, false, 9), check("c0", SelfAssessment.YES, false, 1)), false);
        assertThat(result.stage()).isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
    }

    @Test
    void needsAVerdict() {
        assertThatThrownBy(() -> stages.assess(List.of(), List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStageExplainsItself() {
        for (Stage stage : Stage.values()) {
            assertThat(stage.meaning()).isNotBlank();
        }
    }
}
