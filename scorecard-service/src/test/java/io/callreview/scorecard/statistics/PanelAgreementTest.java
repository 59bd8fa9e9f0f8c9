package io.callreview.scorecard.statistics;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PanelAgreementTest {

    private static final List<String> YES_NO = List.of("Y", "N");

    /**
     * Three raters, five items: (Y,Y,Y) (N,N,N) (Y,Y,N) (N,N,Y) (Y,Y,Y). By hand: P-bar = (1+1+1/3+1/3+1)/5 = 11/15,
     * p(Y) = 9/15, p(N) = 6/15, P-e = 0.36 + 0.16 = 0.52, kappa = (11/15 - 0.52) / 0.48 = 4/9.
     */
    @Test
    void threeRatersUseFleissAndMeasureEachAgainstTheMajority() {
        PanelAgreement.Result<String> result = PanelAgreement.of(List.of(
                List.of("Y", "N", "Y", "N", "Y"),
                List.of("Y", "N", "Y", "N", "Y"),
                List.of("Y", "N", "N", "Y", "Y")), YES_NO);

        assertThat(result.method()).isEqualTo(PanelAgreement.Method.FLEISS);
        assertThat(result.percentAgreement()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(result.kappa()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(result.consensus()).containsExactly("Y", "N", "Y", "N", "Y");
        assertThat(result.deviations()).containsExactly(new PanelAgreement.Deviation(5, 0),
                new PanelAgreement.Deviation(5, 0), new PanelAgreement.Deviation(5, 2));
        assertThat(result.deviations().get(2).rate()).isEqualTo(0.4);
        // Two categories mirror each other: each category's kappa equals the overall kappa.
        assertThat(result.categoryKappas().get("Y")).isCloseTo(4.0 / 9, within(1e-12));
    }

    /**
     * Two raters: A = Y Y N N Y, B = Y N N N Y. p-o = 4/5, p-e = 3/5 * 2/5 + 2/5 * 3/5 = 0.48,
     * kappa = (0.8 - 0.48) / 0.52 = 8/13.
     */
    @Test
    void twoRatersUseCohenAndHaveAConsensusOnlyWhereTheyAgree() {
        PanelAgreement.Result<String> result = PanelAgreement.of(List.of(
                List.of("Y", "Y", "N", "N", "Y"),
                List.of("Y", "N", "N", "N", "Y")), YES_NO);

        assertThat(result.method()).isEqualTo(PanelAgreement.Method.COHEN);
        assertThat(result.percentAgreement()).isCloseTo(0.8, within(1e-12));
        assertThat(result.kappa()).isCloseTo(8.0 / 13, within(1e-12));
        assertThat(result.consensus()).containsExactly("Y", null, "N", "N", "Y");
        assertThat(result.deviations()).containsOnly(new PanelAgreement.Deviation(4, 0));
        assertThat(result.categoryKappas()).isEmpty();
    }

    @Test
    void aThreeWayTieHasNoConsensus() {
        PanelAgreement.Result<String> result = PanelAgreement.of(List.of(List.of("Y"), List.of("N"), List.of("NA")),
                List.of("Y", "N", "NA"));
        assertThat(result.consensus()).containsExactly((String) null);
        assertThat(result.percentAgreement()).isZero();
        assertThat(result.deviations().get(0).rate()).isNaN();
    }

    @Test
    void needsTwoRatersWithTheSameItems() {
        assertThatThrownBy(() -> PanelAgreement.of(List.of(List.of("Y")), YES_NO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PanelAgreement.of(List.of(List.of("Y"), List.of("Y", "N")), YES_NO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
