package io.callreview.scorecard.recording;

import io.callreview.scorecard.speech.SpokenText;
import io.callreview.scorecard.transcript.Participant;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpeakerAttributionTest {

    private static final List<Participant> PARTICIPANTS = List.of(new Participant("Rita Rep", Role.REP),
            new Participant("Paul Prospect", Role.PROSPECT));

    @Test
    void eachChannelIsItsPartyNamedByTheParticipantsAndTheSpeechIsMergedInTimeOrder() {
        List<ChannelSpeech> channels = List.of(
                new ChannelSpeech(0, List.of(text(0, 2_000, "agenda"), text(5_000, 6_000, "budget"))),
                new ChannelSpeech(1, List.of(text(2_500, 4_000, "sounds good"), text(6_500, 7_000, "fifty"))));

        assertThat(SpeakerAttribution.byChannel(channels, ChannelRoles.parse("rep,prospect"), PARTICIPANTS).segments())
                .containsExactly(
                        new Segment("Rita Rep", 0, 2_000, "agenda", Role.REP),
                        new Segment("Paul Prospect", 2_500, 4_000, "sounds good", Role.PROSPECT),
                        new Segment("Rita Rep", 5_000, 6_000, "budget", Role.REP),
                        new Segment("Paul Prospect", 6_500, 7_000, "fifty", Role.PROSPECT));
    }

    @Test
    void aSourceMayRecordTheProspectFirstAndUnnamedPartiesAreTheirRole() {
        List<ChannelSpeech> channels = List.of(new ChannelSpeech(0, List.of(text(0, 1_000, "hello"))),
                new ChannelSpeech(1, List.of(text(1_000, 2_000, "hi"))), new ChannelSpeech(2, List.of(text(3_000, 4_000, "me too"))));

        assertThat(SpeakerAttribution.byChannel(channels, ChannelRoles.parse("prospect, rep"), List.of()).segments())
                .extracting(Segment::speaker, Segment::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Prospect", Role.PROSPECT),
                        org.assertj.core.groups.Tuple.tuple("Rep", Role.REP),
                        org.assertj.core.groups.Tuple.tuple("Other", Role.OTHER));
    }

    @Test
    void monoIsOneSpeakerOfUnknownRoleUnlessTheTranscriberLabelledAParticipant() {
        ChannelSpeech mono = new ChannelSpeech(0, List.of(text(0, 1_000, "hello"),
                new SpokenText(1_000, 2_000, "hi", "Paul Prospect")));

        assertThat(SpeakerAttribution.mono(mono, PARTICIPANTS).segments()).containsExactly(
                new Segment(SpeakerAttribution.SINGLE_SPEAKER, 0, 1_000, "hello", Role.UNKNOWN),
                new Segment("Paul Prospect", 1_000, 2_000, "hi", Role.PROSPECT));
    }

    @Test
    void aChannelMappingNamesKnownRolesOnly() {
        assertThatThrownBy(() -> ChannelRoles.parse("rep,unknown")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 'unknown'");
    }

    private static SpokenText text(long start, long end, String text) {
        return new SpokenText(start, end, text, null);
    }
}
