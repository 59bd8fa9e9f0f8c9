package io.callreview.coaching.rules;

import io.callreview.coaching.rules.PeerRanking.ExampleCall;
import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosesTest {

    private final Diagnoses diagnoses = new Diagnoses(new Diagnoses.Thresholds(3, 0.15));
    private static final PeerRecord PEER = new PeerRecord("rep-peer", 6, 6,
            new ExampleCall("call-9", "discovery", Instant.parse("2025-02-01T10:00:00Z"), 91.0, "What budget?", 12_000L));

    private static Diagnoses.Facts facts(int scoredCalls, int reviews, int met, Stage stage, boolean acknowledged) {
        return facts(scoredCalls, reviews, met, stage, false, acknowledged);
    }

    private static Diagnoses.Facts facts(int scoredCalls, int reviews, int met, Stage stage, boolean atTarget, boolean acknowledged) {
        return new Diagnoses.Facts("rep-1", "ask-budget", "discovery", scoredCalls, reviews, met, reviews, met, stage, atTarget,
                acknowledged);
    }

    @Test
    void newRepIsTrainedFirst() {
        var d = diagnoses.diagnose(facts(2, 2, 0, Stage.UNCONSCIOUSLY_INCOMPETENT, false), Optional.of(PEER));
        assertThat(d.approach()).isEqualTo(Approach.TRAINING);
        assertThat(d.reason()).startsWith("New rep: only 2 scored calls");
        assertThat(d.forRep()).isEqualTo("You are new here (2 scored calls so far): learning what good looks like comes first,"
                + " coaching once you know it.");
    }

    @Test
    void neverShownAndAcknowledgedIsAKnowledgeGap() {
        var d = diagnoses.diagnose(facts(8, 8, 0, Stage.CONSCIOUSLY_INCOMPETENT, true), Optional.of(PEER));
        assertThat(d.approach()).isEqualTo(Approach.TRAINING);
        assertThat(d.mentor()).isNull();
        assertThat(d.forRep()).isEqualTo("You have not done it on any of your 8 scored calls, and you said yourself it is a gap:"
                + " a short unit shows how.");
    }

    @Test
    void almostNeverShownWithoutAcknowledgementGoesToAPeer() {
        var d = diagnoses.diagnose(facts(10, 10, 1, Stage.UNCONSCIOUSLY_INCOMPETENT, false), Optional.of(PEER));
        assertThat(d.approach()).isEqualTo(Approach.MENTORING);
        assertThat(d.mentor()).isEqualTo(PEER);
        assertThat(d.reason()).contains("Almost never shown (1 of 10").contains("rep-peer").contains("call-9").contains("100%");
        assertThat(d.forRep()).isEqualTo("You did it on only 1 of your 10 scored calls: a teammate who does it on every"
                + " discovery call can show you what good sounds like.");
    }

    @Test
    void withoutAPeerANeverShownBehaviourIsTrained() {
        var d = diagnoses.diagnose(facts(10, 10, 0, Stage.UNCONSCIOUSLY_INCOMPETENT, false), Optional.empty());
        assertThat(d.approach()).isEqualTo(Approach.TRAINING);
        assertThat(d.reason()).contains("no peer can mentor it").contains("has said why it works");
        assertThat(d.forRep()).isEqualTo("You have not done it on any of your 10 scored calls: a short unit shows what good looks like.");
    }

    @Test
    void theRepIsNeverTheirOwnMentor() {
        PeerRecord self = new PeerRecord("rep-1", 6, 6, PEER.bestExample());
        assertThat(diagnoses.diagnose(facts(10, 10, 0, Stage.UNCONSCIOUSLY_INCOMPETENT, false), Optional.of(self)).approach())
                .isEqualTo(Approach.TRAINING);
    }

    @Test
    void shownButInconsistentIsCoaching() {
        var d = diagnoses.diagnose(facts(10, 10, 4, Stage.CONSCIOUSLY_INCOMPETENT, false), Optional.of(PEER));
        assertThat(d.approach()).isEqualTo(Approach.COACHING);
        assertThat(d.reason()).contains("4 of 10 scored calls overall");
        assertThat(d.forRep()).startsWith("You have done it before (4 of 10 scored calls overall,").endsWith("the work is doing it on every call.");
    }

    @Test
    void onlyTheTargetNeedsNothing() {
        assertThat(diagnoses.diagnose(facts(10, 10, 9, Stage.CONSCIOUSLY_COMPETENT, true, false), Optional.empty()).approach())
                .isEqualTo(Approach.NONE);
    }

    @Test
    void aNewRepWhoAlreadyDoesItIsNotTrainedOnIt() {
        assertThat(diagnoses.diagnose(facts(1, 1, 1, Stage.UNCONSCIOUSLY_COMPETENT, false, false), Optional.empty()).approach())
                .isEqualTo(Approach.COACHING);
    }

    @Test
    void doingItWithoutKnowingWhyIsCoachedIntoAConsciousSkill() {
        var d = diagnoses.diagnose(facts(10, 10, 9, Stage.UNCONSCIOUSLY_COMPETENT, false, false), Optional.of(PEER));
        assertThat(d.approach()).isEqualTo(Approach.COACHING);
        assertThat(d.reason()).contains("cannot say why").contains("reflection");
        assertThat(d.forRep()).contains("have not said yet why it works").doesNotContain("the rep");
    }

    @Test
    void peersAreRankedByConsistencyNotByALuckyCall() {
        PeerRanking ranking = new PeerRanking(0.8, 2);
        ExampleCall example = PEER.bestExample();
        List<PeerRecord> ranked = ranking.mentorsFor("rep-1", List.of(
                new PeerRecord("lucky", 2, 2, example),
                new PeerRecord("steady", 12, 11, example),
                new PeerRecord("rep-1", 20, 20, example),
                new PeerRecord("weak", 10, 5, example),
                new PeerRecord("no-example", 10, 10, null),
                new PeerRecord("good", 6, 6, example)));
        assertThat(ranked).extracting(PeerRecord::repId).containsExactly("steady", "good", "lucky");
        assertThat(PeerRanking.wilsonLowerBound(11, 12)).isGreaterThan(PeerRanking.wilsonLowerBound(2, 2));
        assertThat(PeerRanking.wilsonLowerBound(0, 0)).isZero();
    }
}
