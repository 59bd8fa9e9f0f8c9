package io.callreview.coaching.messaging;

import io.callreview.events.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of a verdict's excerpts the rep is quoted by, in feedback and its link to the moment. */
class BestQuoteTest {

    private static Evidence byMeaning(long atMs, String quote, double similarity) {
        return new Evidence(atMs, atMs + 5_000, "Rita Rep", quote, similarity, "an example");
    }

    @Test
    void theExcerptClosestInMeaningWinsOverAnEarlierOne() {
        List<Evidence> evidence = List.of(byMeaning(60_000, "How are you solving call coaching today?", 0.72),
                byMeaning(120_000, "What budget have you set aside for this?", 0.86));

        assertThat(CallScoring.bestQuote(evidence)).get().extracting(Evidence::quote)
                .isEqualTo("What budget have you set aside for this?");
    }

    @Test
    void aPhraseMatchCountsAsSureAndTheEarliestOfEqualsWins() {
        Evidence phrase = new Evidence(300_000, 305_000, "Rita Rep", "What is your timeline?");
        Evidence earlierPhrase = new Evidence(200_000, 205_000, "Rita Rep", "And your budget?");
        List<Evidence> evidence = List.of(byMeaning(60_000, "How do you coach today?", 0.9), phrase, earlierPhrase);

        assertThat(CallScoring.bestQuote(evidence)).contains(earlierPhrase);
    }

    @Test
    void blankExcerptsAreNeverQuoted() {
        assertThat(CallScoring.bestQuote(List.of(new Evidence(0, 1_000, "Rita Rep", "  ")))).isEmpty();
        assertThat(CallScoring.bestQuote(List.of())).isEmpty();
    }
}
