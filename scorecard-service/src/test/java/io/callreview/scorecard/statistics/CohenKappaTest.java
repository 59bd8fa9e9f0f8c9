package io.callreview.scorecard.statistics;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Worked examples from the textbook treatment of Cohen's kappa (as reproduced on Wikipedia's "Cohen's kappa"). */
class CohenKappaTest {

    @Test
    void fiftyGrantProposals() {
        // Two readers, 50 proposals: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no. p_o = 0.70, p_e = 0.50, kappa = 0.40.
        assertThat(CohenKappa.of(new long[][] {{20, 5}, {10, 15}})).isCloseTo(0.40, within(1e-9));
    }

    @Test
    void sameAgreementDifferentMarginals() {
        // Both tables agree on 60 of 100 items; unbalanced marginals change kappa: 0.1304 and 0.2593.
        assertThat(CohenKappa.of(new long[][] {{45, 15}, {25, 15}})).isCloseTo(0.1304, within(1e-4));
        assertThat(CohenKappa.of(new long[][] {{25, 35}, {5, 35}})).isCloseTo(0.2593, within(1e-4));
    }

    @Test
    void fromLabelsMatchesTheTable() {
        List<String> a = List.of("MET", "MET", "MISSED", "MISSED", "MET", "MISSED");
        List<String> b = List.of("MET", "MISSED", "MISSED", "MISSED", "MET", "MET");
        // table {{2,1},{1,2}}: p_o = 4/6, p_e = 0.5, kappa = 1/3
        assertThat(CohenKappa.of(a, b)).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void perfectAgreementIsOne() {
        assertThat(CohenKappa.of(List.of("MET", "MISSED"), List.of("MET", "MISSED"))).isEqualTo(1.0);
    }

    @Test
    void agreementOnOneCategoryOnlyTellsNothingBeyondChance() {
        assertThat(CohenKappa.of(List.of("MET", "MET", "MET"), List.of("MET", "MET", "MET"))).isNaN();
    }
}
