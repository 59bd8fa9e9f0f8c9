package io.callreview.coaching.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhasePathTest {

    private static final Instant SINCE = Instant.parse("2030-05-01T09:00:00Z");
    private static final PhasePath.Timing WEEK_THEN_TWO = new PhasePath.Timing(Duration.ofDays(7), Duration.ofDays(14));
    private final PhasePath path = new PhasePath();

    private static PhasePath.Facts facts(Phase phase, Duration inPhase) {
        return new PhasePath.Facts(phase, SINCE, SINCE.plus(inPhase), WEEK_THEN_TWO, false, false, null, null, null,
                Approach.COACHING);
    }

    private static PhasePath.Facts with(PhasePath.Facts f, boolean atTarget, boolean shown, Instant trainingDoneAt,
                                        Instant pairedAt, Instant mentoredAt, Approach diagnosis) {
        return new PhasePath.Facts(f.phase(), f.since(), f.now(), f.timing(), atTarget, shown, trainingDoneAt, pairedAt,
                mentoredAt, diagnosis);
    }

    @Test
    void everyoneStartsInTraining() {
        assertThat(path.start(false).to()).isEqualTo(Phase.TRAINING);
        assertThat(path.start(false).reason()).contains("New to this behaviour: training comes first");
        assertThat(path.start(true).to()).isEqualTo(Phase.TRAINING);
        assertThat(path.start(true).reason()).doesNotContain("New to this behaviour")
                .contains("already shown on a call, it moves on once the training time is up");
    }

    @Test
    void trainingLastsItsTimeAndNeedsTheUnitDoneOrTheBehaviourShown() {
        Instant done = SINCE.plus(Duration.ofDays(2));
        assertThat(path.next(with(facts(Phase.TRAINING, Duration.ofDays(6)), false, true, done, null, null, Approach.TRAINING)))
                .isEmpty();
        assertThat(path.next(facts(Phase.TRAINING, Duration.ofDays(30)))).isEmpty();
        assertThat(path.next(with(facts(Phase.TRAINING, Duration.ofDays(7)), false, false, done, null, null, Approach.TRAINING)))
                .hasValueSatisfying(m -> {
                    assertThat(m.to()).isEqualTo(Phase.MENTORING);
                    assertThat(m.reason()).startsWith("Training done after 7 days");
                });
        assertThat(path.next(with(facts(Phase.TRAINING, Duration.ofDays(8)), false, true, null, null, null, Approach.COACHING)))
                .hasValueSatisfying(m -> assertThat(m.reason()).startsWith("Shown on a call"));
    }

    @Test
    void aUnitDoneBeforeThisTrainingBeganDoesNotCount() {
        Instant before = SINCE.minus(Duration.ofDays(40));
        assertThat(path.next(with(facts(Phase.TRAINING, Duration.ofDays(9)), false, false, before, null, null, Approach.TRAINING)))
                .isEmpty();
    }

    @Test
    void mentoringEndsWithTheMeetingOrWithoutAMentorOrWhenTheMeetingNeverHappens() {
        Instant paired = SINCE.plus(Duration.ofHours(1));
        Instant met = SINCE.plus(Duration.ofDays(3));
        PhasePath.Facts early = with(facts(Phase.MENTORING, Duration.ofDays(10)), false, true, null, paired, met, Approach.COACHING);
        assertThat(path.next(early)).isEmpty();

        assertThat(path.next(with(facts(Phase.MENTORING, Duration.ofDays(14)), false, true, null, paired, met, Approach.COACHING)))
                .hasValueSatisfying(m -> {
                    assertThat(m.to()).isEqualTo(Phase.COACHING);
                    assertThat(m.reason()).startsWith("Met their mentor");
                });
        assertThat(path.next(with(facts(Phase.MENTORING, Duration.ofDays(14)), false, true, null, null, null, Approach.COACHING)))
                .hasValueSatisfying(m -> assertThat(m.reason()).startsWith("No teammate"));
        assertThat(path.next(with(facts(Phase.MENTORING, Duration.ofDays(20)), false, true, null, paired, null, Approach.COACHING)))
                .isEmpty();
        assertThat(path.next(with(facts(Phase.MENTORING, Duration.ofDays(28)), false, true, null, paired, null, Approach.COACHING)))
                .hasValueSatisfying(m -> assertThat(m.reason()).contains("not recorded within 28 days"));
    }

    @Test
    void theTargetMeansSustainingFromAnyPhaseAndALapseBringsCoachingBack() {
        for (Phase phase : new Phase[] {Phase.TRAINING, Phase.MENTORING, Phase.COACHING}) {
            assertThat(path.next(with(facts(phase, Duration.ofHours(1)), true, true, null, null, null, Approach.NONE)))
                    .map(PhasePath.Move::to).hasValue(Phase.SUSTAINING);
        }
        assertThat(path.next(with(facts(Phase.SUSTAINING, Duration.ofDays(50)), true, true, null, null, null, Approach.NONE)))
                .isEmpty();
        assertThat(path.next(with(facts(Phase.SUSTAINING, Duration.ofDays(50)), false, true, null, null, null, Approach.COACHING)))
                .hasValueSatisfying(m -> {
                    assertThat(m.to()).isEqualTo(Phase.COACHING);
                    assertThat(m.reason()).startsWith("Lapsed");
                });
    }

    @Test
    void coachingThatStillFindsAKnowledgeGapTrainsAgain() {
        assertThat(path.next(facts(Phase.COACHING, Duration.ofDays(30)))).isEmpty();
        assertThat(path.next(with(facts(Phase.COACHING, Duration.ofDays(3)), false, false, null, null, null, Approach.TRAINING)))
                .isEmpty();
        Optional<PhasePath.Move> retrain = path.next(with(facts(Phase.COACHING, Duration.ofDays(7)), false, false, null, null,
                null, Approach.TRAINING));
        assertThat(retrain).map(PhasePath.Move::to).hasValue(Phase.TRAINING);
        assertThat(retrain.get().reason()).startsWith("After 7 days of coaching");
        Instant trainedDuringCoaching = SINCE.plus(Duration.ofDays(1));
        assertThat(path.next(with(facts(Phase.COACHING, Duration.ofDays(9)), false, false, trainedDuringCoaching, null, null,
                Approach.TRAINING))).isEmpty();
    }

    @Test
    void theOutlookSaysWhatComesNextAndNotBefore() {
        PhasePath.Outlook training = path.outlook(facts(Phase.TRAINING, Duration.ofDays(1)));
        assertThat(training.next()).isEqualTo(Phase.MENTORING);
        assertThat(training.earliestAt()).isEqualTo(SINCE.plus(Duration.ofDays(7)));
        assertThat(training.condition()).contains("7 days of training");
        PhasePath.Outlook mentoring = path.outlook(facts(Phase.MENTORING, Duration.ofDays(1)));
        assertThat(mentoring.next()).isEqualTo(Phase.COACHING);
        assertThat(mentoring.earliestAt()).isEqualTo(SINCE.plus(Duration.ofDays(14)));
        assertThat(path.outlook(facts(Phase.COACHING, Duration.ofDays(1))).next()).isEqualTo(Phase.SUSTAINING);
        assertThat(path.outlook(facts(Phase.SUSTAINING, Duration.ofDays(1))).earliestAt()).isNull();
    }
}
