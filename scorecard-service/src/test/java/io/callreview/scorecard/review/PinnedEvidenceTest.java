package io.callreview.scorecard.review;

import io.callreview.events.Evidence;
import io.callreview.scorecard.domain.Moment;
import io.callreview.scorecard.grading.Grader;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinnedEvidenceTest {

    private static final Segment OPENING = new Segment("Rita Rep", 0, 10_000, "Hi Paul, here is the plan for today.", Role.REP);
    private static final Segment BUDGET = new Segment("Rita Rep", 60_000, 70_000, "What budget have you set aside?", Role.REP);
    private static final Segment ANSWER = new Segment("Paul Prospect", 68_000, 80_000, "About forty thousand.", Role.PROSPECT);

    @Test
    void eachBehavioursPinsBecomeTheExcerptsSpokenThenInTimeOrder() {
        List<Moment> moments = List.of(new Moment(65_000, "qualification", "Textbook."),
                new Moment(2_000, "qualification", "And here."),
                new Moment(5_000, "agenda", "Good start."),
                new Moment(75_000, null, "A general remark."));

        Map<String, List<Evidence>> pinned = PinnedEvidence.byBehaviour(moments, List.of(OPENING, BUDGET, ANSWER));

        assertThat(pinned).containsOnlyKeys("qualification", "agenda");
        assertThat(pinned.get("qualification")).extracting(Evidence::quote)
                .containsExactly("Hi Paul, here is the plan for today.", "What budget have you set aside?");
        assertThat(pinned.get("qualification").get(1)).isEqualTo(new Evidence(60_000, 70_000, "Rita Rep", "What budget have you set aside?"));
    }

    @Test
    void whenTwoSpeakOverEachOtherTheRepsLineIsTakenAndBetweenLinesTheNearest() {
        assertThat(PinnedEvidence.at(69_000, List.of(OPENING, ANSWER, BUDGET))).get().extracting(Evidence::quote)
                .isEqualTo("What budget have you set aside?");
        assertThat(PinnedEvidence.at(77_000, List.of(OPENING, BUDGET, ANSWER))).get().extracting(Evidence::quote)
                .isEqualTo("About forty thousand.");
        assertThat(PinnedEvidence.at(35_000, List.of(OPENING, BUDGET, ANSWER))).get().extracting(Evidence::startMs)
                .as("25 s after the opening, 25 s before the question: the earlier").isEqualTo(0L);
        assertThat(PinnedEvidence.at(40_000, List.of(OPENING, BUDGET, ANSWER))).get().extracting(Evidence::startMs)
                .as("nearer the question").isEqualTo(60_000L);
        assertThat(PinnedEvidence.at(5_000, List.of())).isEmpty();
    }

    @Test
    void inALongMonologueTheSentenceBeingSaidAtTheMomentIsQuoted() {
        String filler = "We have covered a lot of ground on the product and how it fits your team. ".repeat(4);
        String text = filler + "What does the approval process look like for a purchase like this? " + filler;
        Segment monologue = new Segment("Rita Rep", 0, 100_000, text, Role.REP);
        long atQuestion = 100_000L * (filler.length() + 10) / text.length();

        Evidence evidence = PinnedEvidence.at(atQuestion, List.of(monologue)).orElseThrow();

        assertThat(evidence.quote()).isEqualTo("What does the approval process look like for a purchase like this?");
        assertThat(evidence.startMs()).isZero();
        assertThat(text.length()).isGreaterThan(Grader.QUOTE_LIMIT);
    }
}
