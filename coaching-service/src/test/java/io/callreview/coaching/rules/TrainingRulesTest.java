package io.callreview.coaching.rules;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRulesTest {

    private static final List<Fsrs.Grade> RIGHT_THREE = List.of(Fsrs.Grade.AGAIN, Fsrs.Grade.GOOD, Fsrs.Grade.GOOD, Fsrs.Grade.GOOD);

    private static final Diagnoses.Diagnosis TRAINING = new Diagnoses.Diagnosis(Approach.TRAINING, "New rep.", "You are new.", null);
    private static final Diagnoses.Diagnosis COACHING = new Diagnoses.Diagnosis(Approach.COACHING, "Shown before.", "You have done it.", null);

    @Test
    void aUnitNotDoneIsWithdrawnAtTheTargetAndADoneOnePassesOnRightAnswersInARow() {
        assertThat(Training.ending(false, true, () -> TRAINING, () -> {
            throw new AssertionError("no quizzes before the unit is done");
        }, 3)).map(Training.End::ending).contains(Training.Ending.WITHDRAWN);
        assertThat(Training.ending(false, false, () -> TRAINING, List::of, 3)).isEmpty();
        assertThat(Training.ending(true, true, () -> COACHING, () -> List.of(Fsrs.Grade.GOOD), 3)).isEmpty();
        assertThat(Training.ending(true, false, () -> TRAINING, () -> RIGHT_THREE, 3))
                .contains(new Training.End(Training.Ending.PASSED, "Passed: 3 quizzes answered right in a row."));
        assertThat(Training.ending(true, false, () -> TRAINING, () -> RIGHT_THREE.subList(0, 3), 3)).isEmpty();
    }

    @Test
    void aUnitNotDoneIsWithdrawnOnceTheDiagnosisIsCoachingAndADoneOneIsNot() {
        assertThat(Training.ending(false, false, () -> COACHING, List::of, 3))
                .contains(new Training.End(Training.Ending.WITHDRAWN, "No longer needed: the rep's calls show they know how. Shown before."));
        assertThat(Training.ending(false, false, () -> new Diagnoses.Diagnosis(Approach.MENTORING, "A peer.", "A teammate.", null), List::of, 3))
                .as("mentoring, like training, is for a rep who does not know how yet").isEmpty();
        assertThat(Training.ending(true, false, () -> {
            throw new AssertionError("a unit done is not withdrawn");
        }, () -> List.of(Fsrs.Grade.GOOD), 3)).isEmpty();
    }

    @Test
    void aUnitNotDoneIsWithdrawnOnceNoCallThatCountsGradesItsBehaviourAndADoneOneIsNot() {
        assertThat(Training.endingWithoutCalls(false)).contains(new Training.End(Training.Ending.WITHDRAWN,
                "No longer needed: none of the rep's calls that count grade the behaviour."));
        assertThat(Training.endingWithoutCalls(true)).isEmpty();
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
