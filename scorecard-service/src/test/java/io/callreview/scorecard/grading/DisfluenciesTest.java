package io.callreview.scorecard.grading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DisfluenciesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "like who else would be um looking at this on your side | like who else would be looking at this on your side",
            "So, and uh the, the money side | So, and the money side",
            "I I think we, we could start Tuesday | I think we could start Tuesday",
            "Um, so what's the budget? | so what's the budget?",
            "Who else is involved? | Who else is involved?",
            "um | um"})
    void readsSpeechWithoutHesitationsOrStammers(String said, String read) {
        assertThat(Disfluencies.removed(said)).isEqualTo(read);
    }
}
