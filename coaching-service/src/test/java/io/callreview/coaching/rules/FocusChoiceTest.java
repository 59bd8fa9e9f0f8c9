package io.callreview.coaching.rules;

import io.callreview.coaching.rules.FocusChoice.Candidate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FocusChoiceTest {

    private final FocusChoice choice = new FocusChoice(2, 0.8);

    private static Candidate gap(String key, double weight, double adherence, boolean focus) {
        return new Candidate(key, weight, adherence, false, true, focus);
    }

    @Test
    void theMostValuableGapsFillTheFreePlaces() {
        assertThat(choice.refresh(List.of(gap("a", 1, 0.5, false), gap("b", 2, 0.5, false), gap("c", 2, 0.2, false)), Optional.empty()))
                .containsExactly("c", "b");
    }

    @Test
    void aFocusStaysUntilItIsNoLongerAGap() {
        Candidate kept = gap("a", 1, 0.7, true);
        Candidate done = new Candidate("b", 2, 0.9, false, false, true);
        Candidate atTarget = new Candidate("c", 2, 0.5, true, true, true);
        assertThat(choice.isGap(done)).isFalse();
        assertThat(choice.isGap(atTarget)).isFalse();
        assertThat(choice.refresh(List.of(kept, done, atTarget, gap("d", 3, 0, false)), Optional.empty())).containsExactly("a", "d");
    }

    @Test
    void theCoachsPickPushesOutTheLeastValuableFocus() {
        List<Candidate> candidates = List.of(gap("a", 2, 0, true), gap("b", 1, 0.5, true), gap("c", 1, 0.6, false));
        assertThat(choice.refresh(candidates, Optional.of("c"))).containsExactlyInAnyOrder("a", "c");
        assertThat(choice.refresh(candidates, Optional.of("unknown"))).containsExactlyInAnyOrder("a", "b");
    }
}
