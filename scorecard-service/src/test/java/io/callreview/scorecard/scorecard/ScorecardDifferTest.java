package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourCategory;
import io.callreview.scorecard.domain.CallWindow;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.domain.RequiredSpeaker;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardDifferTest {

    private static Behaviour behaviour(String key, double weight, boolean critical, CallWindow window) {
        return new Behaviour(key, "Does the rep " + key + "?", null, BehaviourCategory.OTHER, weight, critical, false,
                new DetectionRule(List.of(key), RequiredSpeaker.REP, window, false, 1));
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        List<Behaviour> same = List.of(behaviour("a", 1, false, CallWindow.WHOLE_CALL));
        ScorecardDiff diff = ScorecardDiffer.diff("demo", 1, same, 2, same);
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.unchanged()).containsExactly("a");
    }

    @Test
    void reportsEveryChangedFieldWithBothValues() {
        ScorecardDiff diff = ScorecardDiffer.diff("demo", 1,
                List.of(behaviour("a", 1, false, CallWindow.WHOLE_CALL)), 2,
                List.of(behaviour("a", 3, true, CallWindow.lastPercent(20))));
        assertThat(diff.changed()).hasSize(1);
        assertThat(diff.changed().get(0).changes())
                .extracting(ScorecardDiff.FieldChange::field, ScorecardDiff.FieldChange::from, ScorecardDiff.FieldChange::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("weight", 1.0, 3.0),
                        org.assertj.core.groups.Tuple.tuple("critical", false, true),
                        org.assertj.core.groups.Tuple.tuple("detection.window", CallWindow.WHOLE_CALL, CallWindow.lastPercent(20)));
    }

    @Test
    void matchesBehavioursByKeyNotPosition() {
        Behaviour a = behaviour("a", 1, false, CallWindow.WHOLE_CALL);
        Behaviour b = behaviour("b", 1, false, CallWindow.WHOLE_CALL);
        Behaviour c = behaviour("c", 1, false, CallWindow.WHOLE_CALL);
        ScorecardDiff diff = ScorecardDiffer.diff("demo", 1, List.of(a, b), 2, List.of(c, b));
        assertThat(diff.added()).extracting(Behaviour::key).containsExactly("c");
        assertThat(diff.removed()).extracting(Behaviour::key).containsExactly("a");
        assertThat(diff.unchanged()).containsExactly("b");
    }
}
