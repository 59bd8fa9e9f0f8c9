package io.callreview.scorecard.recording;

import io.callreview.scorecard.transcript.Participant;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.SpeakerRoles;
import io.callreview.scorecard.transcript.Transcript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Who said what. On a dual-channel recording every channel is one party, whose role the source's channel mapping
 * gives and whose name the call's participants give; the channels' speech is merged in time order. A mono recording
 * keeps the transcriber's speaker labels (roles from the participants list where a label names one), or else is one
 * speaker of unknown role, and the call is marked for review.
 */
final class SpeakerAttribution {

    static final String SINGLE_SPEAKER = "Speaker";
    static final String MONO_REVIEW = "mono recording: the speakers could not be told apart by channel, so their roles are"
            + " unknown; a coach should review the grade";

    private SpeakerAttribution() {
    }

    static Transcript byChannel(List<ChannelSpeech> channels, ChannelRoles roles, List<Participant> participants) {
        List<Segment> segments = new ArrayList<>();
        for (ChannelSpeech channel : channels) {
            Role role = roles.of(channel.channel());
            String speaker = nameOf(role, channel.channel(), roles, participants);
            channel.speech().forEach(s -> segments.add(new Segment(speaker, s.startMs(), s.endMs(), s.text(), role)));
        }
        segments.sort(Comparator.comparingLong(Segment::startMs).thenComparingLong(Segment::endMs));
        return new Transcript(segments, false);
    }

    static Transcript mono(ChannelSpeech channel, List<Participant> participants) {
        SpeakerRoles roles = new SpeakerRoles(participants, Role.UNKNOWN);
        List<Segment> segments = channel.speech().stream().map(s -> {
            String speaker = s.speaker() == null ? SINGLE_SPEAKER : s.speaker();
            return new Segment(speaker, s.startMs(), s.endMs(), s.text(), roles.roleOf(speaker));
        }).toList();
        return new Transcript(segments, false);
    }

    private static String nameOf(Role role, int channel, ChannelRoles roles, List<Participant> participants) {
        long sameRole = roles.roles().stream().filter(r -> r == role).count();
        List<Participant> named = participants.stream().filter(p -> p.role() == role).toList();
        if (named.size() == 1 && sameRole <= 1) {
            return named.get(0).name();
        }
        String title = role.json().substring(0, 1).toUpperCase(Locale.ROOT) + role.json().substring(1);
        return sameRole <= 1 ? title : title + " (channel " + channel + ")";
    }
}
