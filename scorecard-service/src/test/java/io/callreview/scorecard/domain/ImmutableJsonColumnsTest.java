package io.callreview.scorecard.domain;

import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.review.CallReview;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.callreview.testsupport.HibernateMappings.valuesMutable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON columns whose values are only replaced whole are immutable to Hibernate (no deep copy through JSON on every
 * load and store), a replacement is still stored, and a column changed in place (a review's moments) stays mutable.
 */
@QuarkusTest
class ImmutableJsonColumnsTest {

    @Inject
    EntityManager em;

    @Test
    void wholeValueColumnsAreNotDeepCopiedAndInPlaceOnesAre() {
        assertThat(valuesMutable(em, CallTranscript.class, "segments")).isFalse();
        assertThat(valuesMutable(em, SalesCall.class, "participants")).isFalse();
        assertThat(valuesMutable(em, BehaviourVerdict.class, "evidence")).isFalse();
        assertThat(valuesMutable(em, ScoreRevision.class, "metrics")).isFalse();
        assertThat(valuesMutable(em, BehaviourDefinition.class, "detection")).as("a scorecard's rules, loaded twice per graded call").isFalse();
        assertThat(valuesMutable(em, CallReview.class, "moments")).as("ReviewService adds to a review's moments in place").isTrue();
    }

    @Test
    void aReplacedTranscriptIsStored() {
        String type = CallFixtures.publishedDiscoveryType();
        String callId = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, CallFixtures.unique("rep"), "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        List<Segment> replacement = List.of(new Segment("Rita Rep", 0, 1_000, "A replaced transcript.", Role.REP));

        QuarkusTransaction.requiringNew().run(() -> CallTranscript.<CallTranscript>findById(callId).segments = replacement);

        List<Segment> stored = QuarkusTransaction.requiringNew().call(() -> CallTranscript.<CallTranscript>findById(callId).segments);
        assertThat(stored).isEqualTo(replacement);
    }
}
