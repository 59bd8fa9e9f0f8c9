package io.callreview.coaching.rules;

import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.events.RepResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillDerivationTest {

    private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");
    private final Fsrs fsrs = Fsrs.withDefaults();
    private final SkillDerivation derivation = new SkillDerivation(fsrs, new CompetenceStages(new CompetenceStages.Thresholds(3, 3, 0.8)), 3);

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    @Test
    void callsAndGradedAnswersAreReviewsAndTheRecentWindowCounts() {
        List<Observation> calls = List.of(new Observation("c0", day(0), false), new Observation("c1", day(1), true),
                new Observation("c2", day(2), true), new Observation("c3", day(4), true));
        List<SkillDerivation.Answer> answers = List.of(
                new SkillDerivation.Answer(day(3), RepResponse.Kind.QUIZ_ANSWER, null, Fsrs.Grade.GOOD, null),
                new SkillDerivation.Answer(day(5), RepResponse.Kind.REFLECTION, null, Fsrs.Grade.GOOD, "c3"));

        SkillDerivation.Skill skill = derivation.derive(calls, answers, List.of());

        assertThat(skill.reviews()).isEqualTo(4);
        assertThat(skill.met()).isEqualTo(3);
        assertThat(skill.recentReviews()).isEqualTo(3);
        assertThat(skill.recentMet()).isEqualTo(3);
        assertThat(skill.lastReviewAt()).isEqualTo(day(5));
        assertThat(skill.memory()).isEqualTo(fsrs.replay(List.of(new Fsrs.Review(day(0), Fsrs.Grade.AGAIN),
                new Fsrs.Review(day(1), Fsrs.Grade.GOOD), new Fsrs.Review(day(2), Fsrs.Grade.GOOD), new Fsrs.Review(day(3), Fsrs.Grade.GOOD),
                new Fsrs.Review(day(4), Fsrs.Grade.GOOD), new Fsrs.Review(day(5), Fsrs.Grade.GOOD))));
        assertThat(skill.assessment().stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
        assertThat(skill.assessment().atTarget()).isTrue();
    }

    @Test
    void seeingTheMissOrGoingThroughTrainingAcknowledgesTheGap() {
        List<Observation> missed = List.of(new Observation("c0", day(0), false));
        assertThat(derivation.derive(missed, List.of(), List.of()).gapAcknowledged()).isFalse();
        assertThat(derivation.derive(missed, List.of(new SkillDerivation.Answer(day(1), RepResponse.Kind.SELF_ASSESSMENT,
                RepResponse.SelfAssessment.NO, null, "c0")), List.of()).assessment().stage()).isEqualTo(Stage.CONSCIOUSLY_INCOMPETENT);
        SkillDerivation.Skill trained = derivation.derive(missed, List.of(), List.of(day(1)));
        assertThat(trained.gapAcknowledged()).isTrue();
        assertThat(trained.lastReviewAt()).isEqualTo(day(0));
    }
}
