package io.callreview.scorecard.roster;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeamNamesTest {

    private static final List<String> KNOWN = List.of("team-a", "team-b", "emea-sdr", "na-1");

    @Test
    void aDifferentCaseOrSeparatorIsASlip() {
        assertThat(TeamNames.nearMiss("Team-A", KNOWN)).contains("team-a");
        assertThat(TeamNames.nearMiss("emea_sdr", KNOWN)).contains("emea-sdr");
        assertThat(TeamNames.nearMiss("EMEA SDR", KNOWN)).contains("emea-sdr");
    }

    @Test
    void swappedNeighboursAndALetterTooManyOrTooFewAreSlips() {
        assertThat(TeamNames.nearMiss("tema-a", KNOWN)).contains("team-a");
        assertThat(TeamNames.nearMiss("emea-sdrr", KNOWN)).contains("emea-sdr");
        assertThat(TeamNames.nearMiss("eme-sdr", KNOWN)).contains("emea-sdr");
    }

    @Test
    void aTeamThatDiffersByACharacterOrADigitIsATeamOfItsOwn() {
        assertThat(TeamNames.nearMiss("team-c", KNOWN)).isEmpty();
        assertThat(TeamNames.nearMiss("na-2", KNOWN)).isEmpty();
        assertThat(TeamNames.nearMiss("na-12", KNOWN)).as("a digit more").isEmpty();
        assertThat(TeamNames.nearMiss("apac-sdr", KNOWN)).isEmpty();
        assertThat(TeamNames.nearMiss("team-a", KNOWN)).as("a known team is no slip").isEmpty();
    }

    @Test
    void shortIdsAreNotTakenForSlipsOfALetter() {
        assertThat(TeamNames.nearMiss("ops", List.of("op"))).isEmpty();
        assertThat(TeamNames.nearMiss("opsx", List.of("ops"))).isEmpty();
    }
}
