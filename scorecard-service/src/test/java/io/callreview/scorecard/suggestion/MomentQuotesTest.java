package io.callreview.scorecard.suggestion;

import io.callreview.scorecard.domain.RequiredSpeaker;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A coach's pinned moment becomes an example only in the words of the behaviour's speaker. */
class MomentQuotesTest {

    private static final String PROSPECT = "Our head of CS, Maria, has the final say on tools.";
    private static final String REP = "So besides Maria, who else would want to weigh in?";

    @Test
    void aMomentOnTheProspectsWordsTakesTheRepsAnswerThatFollows() {
        List<Segment> segments = List.of(new Segment("Paul", 10_000, 20_000, PROSPECT, Role.PROSPECT),
                new Segment("Rita", 22_000, 26_000, REP, Role.REP));

        assertThat(MomentQuotes.at(segments, 12_000, RequiredSpeaker.REP)).contains(REP);
        assertThat(MomentQuotes.at(segments, 23_000, RequiredSpeaker.REP)).contains(REP);
        assertThat(MomentQuotes.at(segments, 12_000, RequiredSpeaker.PROSPECT)).contains(PROSPECT);
    }

    @Test
    void noRepSentenceNearTheMomentMeansNoExample() {
        List<Segment> segments = List.of(new Segment("Paul", 10_000, 20_000, PROSPECT, Role.PROSPECT),
                new Segment("Rita", 40_000, 44_000, REP, Role.REP));

        assertThat(MomentQuotes.at(segments, 12_000, RequiredSpeaker.REP)).as("the prospect's words are no rep's example").isEmpty();
    }
}
