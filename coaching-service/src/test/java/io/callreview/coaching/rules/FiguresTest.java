package io.callreview.coaching.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void roundsToFourDecimalsAndShowsRatiosAsWholePercentages() {
        assertThat(Figures.round(0.123456)).isEqualTo(0.1235);
        assertThat(Figures.percent(0.666)).isEqualTo("67%");
        assertThat(Figures.percent(1.0)).isEqualTo("100%");
    }
}
