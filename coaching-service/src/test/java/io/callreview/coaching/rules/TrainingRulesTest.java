package io.callreview.coaching.rules;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRulesTest {

    private static final List<Fsrs.Grade> RIGHT_THREE = List.of(Fsrs.Grade.AGAIN, Fsrs.Grade.GOOD, Fsrs.Grade.GOOD, Fsrs.Grade.GOOD);

    @Test
    void aUnitNotDoneIsWithdrawnAtTheTargetAndADoneOnePassesOnRightAnswersInARow() {
        assertThat(Training.ending(false, true, () -> {
            throw new AssertionError("no quizzes before the unit is done");
        }, 3)).contains(Training.Ending.WITHDRAWN);
        assertThat(Training.ending(false, false, List::of, 3)).isEmpty();
        assertThat(Training.ending(true, true, () -> List.of(Fsrs.Grade.GOOD), 3)).isEmpty();
        assertThat(Training.ending(true, false, () -> RIGHT_THREE, 3)).contains(Training.Ending.PASSED);
        assertThat(Training.ending(true, false, () -> RIGHT_THREE.subList(0, 3), 3)).isEmpty();
    }

    @Test
    void unitsGoToTheMostValuableBehavioursDiagnosedForTrainingNeverTwiceAndAFewAtATime() {
        Set<String> training = Set.of("a", "b", "c", "d");
        assertThat(Training.toAssign(List.of("a", "b", "c", "d"), "a"::equals, training::contains, 0, 2)).containsExactly("b", "c");
        assertThat(Training.toAssign(List.of("x", "b", "c"), key -> false, training::contains, 1, 2)).containsExactly("b");
        assertThat(Training.toAssign(List.of("b"), key -> false, key -> {
            throw new AssertionError("diagnosed although the open units are full");
        }, 2, 2)).isEmpty();
    }
}
