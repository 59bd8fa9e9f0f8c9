package io.callreview.coaching.rules;

import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.events.RepResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * Random histories of calls and answers in time order (answers quote earlier calls, some long out of the recent
     * window): after every call, extending the skill as it was by the call equals deriving it from the whole history.
     */
    @Test
    void extendingBySuchALaterCallEqualsDerivingFromTheWholeHistory() {
        Random random = new Random(20261204);
        int compared = 0;
        for (int history = 0; history < 200; history++) {
            List<Observation> calls = new ArrayList<>();
            List<SkillDerivation.Answer> answers = new ArrayList<>();
            List<Instant> trainingDone = new ArrayList<>();
            Instant at = day(random.nextInt(30));
            SkillDerivation.Skill before = null;
            for (int event = 0; event < 40; event++) {
                at = at.plus(Duration.ofMinutes(1 + random.nextInt(3 * 24 * 60)));
                int dice = random.nextInt(10);
                if (dice < 6 || calls.isEmpty()) {
                    Observation call = new Observation("c" + event, at, random.nextInt(3) > 0);
                    List<Observation> whole = new ArrayList<>(calls);
                    whole.add(call);
                    SkillDerivation.Skill derived = derivation.derive(whole, answers, trainingDone);
                    if (before != null) {
                        SkillDerivation.Progress progress = new SkillDerivation.Progress(before.reviews(), before.met(),
                                before.memory(), before.lastReviewAt());
                        SkillDerivation.Skill extended = derivation.extend(progress, Optional.of(call), tail(whole, answers),
                                answers, trainingDone);
                        assertThat(extended).as("history %d, event %d", history, event).isEqualTo(derived);
                        assertThat(derivation.extend(new SkillDerivation.Progress(before.reviews(), before.met(),
                                        before.memory(), before.lastReviewAt()), Optional.empty(), tail(calls, answers),
                                answers, trainingDone))
                                .as("a call that decides nothing leaves the skill as it was").isEqualTo(
                                        derivation.derive(calls, answers, trainingDone));
                        compared++;
                    }
                    calls.add(call);
                } else if (dice < 9) {
                    Observation about = calls.get(random.nextInt(calls.size()));
                    RepResponse.Kind kind = RepResponse.Kind.values()[random.nextInt(RepResponse.Kind.values().length)];
                    Fsrs.Grade grade = kind == RepResponse.Kind.SELF_ASSESSMENT || kind == RepResponse.Kind.ACKNOWLEDGED ? null
                            : Fsrs.Grade.values()[random.nextInt(Fsrs.Grade.values().length)];
                    RepResponse.SelfAssessment self = kind == RepResponse.Kind.SELF_ASSESSMENT
                            ? RepResponse.SelfAssessment.values()[random.nextInt(RepResponse.SelfAssessment.values().length)] : null;
                    answers.add(new SkillDerivation.Answer(at, kind, self, grade, random.nextBoolean() ? about.callId() : null));
                } else {
                    trainingDone.add(at);
                }
                before = calls.isEmpty() ? null : derivation.derive(calls, answers, trainingDone);
            }
        }
        assertThat(compared).isGreaterThan(3_000);
    }

    /** What the extension reads: the latest calls of the recent window and the calls the answers refer to. */
    private List<Observation> tail(List<Observation> calls, List<SkillDerivation.Answer> answers) {
        Set<String> answered = answers.stream().map(SkillDerivation.Answer::callId).filter(Objects::nonNull).collect(Collectors.toSet());
        int from = Math.max(0, calls.size() - derivation.recentWindow());
        List<Observation> tail = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            if (i >= from || answered.contains(calls.get(i).callId())) {
                tail.add(calls.get(i));
            }
        }
        return tail;
    }
}
