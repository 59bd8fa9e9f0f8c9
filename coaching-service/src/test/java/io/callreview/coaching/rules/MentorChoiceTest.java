package io.callreview.coaching.rules;

import io.callreview.coaching.rules.PeerRanking.ExampleCall;
import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentorChoiceTest {

    private static final ExampleCall EXAMPLE = new ExampleCall("c-1", "discovery", Instant.parse("2030-05-01T10:00:00Z"), 80.0,
            "What budget have you set aside?", 60_000L);
    private static final PeerRecord BEST = new PeerRecord("rep-best", 8, 8, EXAMPLE);
    private static final PeerRecord NEXT = new PeerRecord("rep-next", 5, 5, EXAMPLE);

    @Test
    void theBestRankedPeerMentorsWhileBelowTheWeeklyCap() {
        assertThat(MentorChoice.pick(List.of(BEST, NEXT), Map.of("rep-best", 1L), 2)).contains(BEST);
    }

    @Test
    void aPeerAskedAsOftenAsTheCapAllowsIsPassedOver() {
        assertThat(MentorChoice.pick(List.of(BEST, NEXT), Map.of("rep-best", 2L), 2)).contains(NEXT);
        assertThat(MentorChoice.pick(List.of(BEST, NEXT), Map.of("rep-best", 2L, "rep-next", 3L), 2)).isEmpty();
    }
}
