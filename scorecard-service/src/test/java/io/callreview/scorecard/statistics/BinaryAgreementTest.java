package io.callreview.scorecard.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BinaryAgreementTest {

    @Test
    void precisionRecallAndKappa() {
        BinaryAgreement agreement = new BinaryAgreement(20, 5, 10, 15);
        assertThat(agreement.precision()).isCloseTo(0.8, within(1e-9));
        assertThat(agreement.recall()).isCloseTo(20.0 / 30, within(1e-9));
        assertThat(agreement.f1()).isCloseTo(2 * 0.8 * (2.0 / 3) / (0.8 + 2.0 / 3), within(1e-9));
        assertThat(agreement.accuracy()).isCloseTo(0.7, within(1e-9));
        assertThat(agreement.kappa()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void undefinedRatiosAreNotANumber() {
        BinaryAgreement neverYes = new BinaryAgreement(0, 0, 3, 7);
        assertThat(neverYes.precision()).isNaN();
        assertThat(neverYes.recall()).isEqualTo(0.0);
    }
}
