package io.callreview.scorecard.roster;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdSlipsTest {

    private static final List<String> KNOWN = List.of("team-a", "team-b", "emea-sdr", "na-1");

    @Test
    void aDifferentCaseOrSeparatorIsASlip() {
        assertThat(IdSlips.nearMiss("Team-A", KNOWN)).contains("team-a");
        assertThat(IdSlips.nearMiss("emea_sdr", KNOWN)).contains("emea-sdr");
        assertThat(IdSlips.nearMiss("EMEA SDR", KNOWN)).contains("emea-sdr");
    }

    @Test
    void swappedNeighboursAndALetterTooManyOrTooFewAreSlips() {
        assertThat(IdSlips.nearMiss("tema-a", KNOWN)).contains("team-a");
        assertThat(IdSlips.nearMiss("emea-sdrr", KNOWN)).contains("emea-sdr");
        assertThat(IdSlips.nearMiss("eme-sdr", KNOWN)).contains("emea-sdr");
    }

    @Test
    void aTeamThatDiffersByACharacterOrADigitIsATeamOfItsOwn() {
        assertThat(IdSlips.nearMiss("team-c", KNOWN)).isEmpty();
        assertThat(IdSlips.nearMiss("na-2", KNOWN)).isEmpty();
        assertThat(IdSlips.nearMiss("na-12", KNOWN)).as("a digit more").isEmpty();
        assertThat(IdSlips.nearMiss("apac-sdr", KNOWN)).isEmpty();
        assertThat(IdSlips.nearMiss("team-a", KNOWN)).as("a known team is no slip").isEmpty();
    }

    @Test
    void swappedDigitsOrInitialsAreIdsOfTheirOwn() {
        assertThat(IdSlips.nearMiss("rep-021", List.of("rep-012"))).isEmpty();
        assertThat(IdSlips.nearMiss("rep-east-310", List.of("rep-east-301"))).isEmpty();
        assertThat(IdSlips.nearMiss("rep-dj", List.of("rep-jd"))).isEmpty();
        assertThat(IdSlips.nearMissOfRep("rep-jnae", List.of("rep-jane"))).contains("rep-jane");
        assertThat(IdSlips.nearMissOfRep("rep-021", List.of("rep-012"))).isEmpty();
    }

    @Test
    void repsWhoseNamesAreALetterApartAreTwoPeopleButACaseOrSeparatorIsASlip() {
        List<String> reps = List.of("dan-lee", "jon.smith", "mark-obi");
        assertThat(IdSlips.nearMissOfRep("dana-lee", reps)).isEmpty();
        assertThat(IdSlips.nearMissOfRep("john.smith", reps)).isEmpty();
        assertThat(IdSlips.nearMissOfRep("marko-obi", reps)).isEmpty();
        assertThat(IdSlips.nearMiss("dana-lee", reps)).as("as a team it would be a slip").contains("dan-lee");
        assertThat(IdSlips.nearMissOfRep("Jon_Smith", reps)).contains("jon.smith");
        assertThat(IdSlips.nearMissOfRep("mrak-obi", reps)).contains("mark-obi");
    }

    @Test
    void shortIdsAreNotTakenForSlipsOfALetter() {
        assertThat(IdSlips.nearMiss("ops", List.of("op"))).isEmpty();
        assertThat(IdSlips.nearMiss("opsx", List.of("ops"))).isEmpty();
    }
}
