package io.callreview.scorecard.statistics;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FleissKappaTest {

    /**
     * Fleiss (1971), "Measuring nominal scale agreement among many raters", Table 1: 30 patients, 6
     * psychiatrists each, 5 diagnoses (depression, personality disorder, schizophrenia, neurosis, other).
     */
    private static final int[][] FLEISS_1971 = {
            {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
            {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
            {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
            {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
            {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
            {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6}};

    @Test
    void reproducesFleissOriginalExample() {
        FleissKappa.Result result = FleissKappa.of(FLEISS_1971);
        assertThat(result.kappa()).isCloseTo(0.430, within(5e-4));
        assertThat(result.observedAgreement()).isCloseTo(0.5556, within(1e-4));
        assertThat(result.chanceAgreement()).isCloseTo(0.2199, within(1e-4));
        // per-diagnosis kappas as Fleiss reports them
        assertThat(result.categoryKappas()[0]).isCloseTo(0.245, within(5e-4));
        assertThat(result.categoryKappas()[1]).isCloseTo(0.245, within(5e-4));
        assertThat(result.categoryKappas()[2]).isCloseTo(0.520, within(5e-4));
        assertThat(result.categoryKappas()[3]).isCloseTo(0.471, within(5e-4));
        assertThat(result.categoryKappas()[4]).isCloseTo(0.566, within(5e-4));
    }

    @Test
    void reproducesTheTenSubjectsFourteenRatersExample() {
        // The worked example of Wikipedia's "Fleiss' kappa": P-bar = 0.378, P-bar e = 0.213, kappa = 0.210.
        int[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        FleissKappa.Result result = FleissKappa.of(counts);
        assertThat(result.observedAgreement()).isCloseTo(0.378, within(5e-4));
        assertThat(result.chanceAgreement()).isCloseTo(0.213, within(5e-4));
        assertThat(result.kappa()).isCloseTo(0.210, within(5e-4));
    }

    @Test
    void fromRatingsCountsEachLabel() {
        FleissKappa.Result result = FleissKappa.ofRatings(List.of(
                List.of("MET", "MET", "MET"),
                List.of("MISSED", "MISSED", "MISSED"),
                List.of("MET", "MET", "MISSED")), List.of("MET", "MISSED"));
        // P-bar = (1 + 1 + 1/3) / 3 = 0.7778; shares 5/9, 4/9, P-bar e = 0.5062; kappa = 0.55
        assertThat(result.kappa()).isCloseTo(0.55, within(1e-9));
    }
}
