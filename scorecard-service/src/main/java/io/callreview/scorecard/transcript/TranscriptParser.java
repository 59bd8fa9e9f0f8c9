package io.callreview.scorecard.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns any accepted transcript format into time-ordered segments whose speakers carry their roles. */
public final class TranscriptParser {

    private TranscriptParser() {
    }

    /** Segments as the CRM sent them; each is checked, then they are put in time order. */
    public static Transcript fromSegments(List<Segment> segments, List<Participant> participants) {
        return fromSegments(segments, new SpeakerRoles(participants));
    }

    static Transcript fromSegments(List<Segment> segments, SpeakerRoles roles) {
        if (segments == null || segments.isEmpty()) {
            throw new TranscriptFormatException("transcript.segments", "segments transcripts need at least one segment");
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.startMs() < 0) {
                throw new TranscriptFormatException("transcript.segments[" + i + "].startMs", "must not be negative");
            }
            if (segment.endMs() < segment.startMs()) {
                throw new TranscriptFormatException("transcript.segments[" + i + "].endMs", "must not be before startMs");
            }
        }
        List<Segment> ordered = new ArrayList<>(segments);
        ordered.sort(Comparator.comparingLong(Segment::startMs));
        return new Transcript(roles.assign(ordered), false);
    }

    public static Transcript fromWebVtt(String content, List<Participant> participants) {
        return fromWebVtt(content, new SpeakerRoles(participants));
    }

    static Transcript fromWebVtt(String content, SpeakerRoles roles) {
        List<Segment> segments = new ArrayList<>(WebVttParser.parse(content));
        segments.sort(Comparator.comparingLong(Segment::startMs));
        return new Transcript(roles.assign(segments), false);
    }

    public static Transcript fromText(String content, List<Participant> participants, long durationMs) {
        return fromText(content, new SpeakerRoles(participants), durationMs);
    }

    static Transcript fromText(String content, SpeakerRoles roles, long durationMs) {
        return new Transcript(roles.assign(PlainTextParser.parse(content, durationMs)), true);
    }

    public static Transcript parse(TranscriptFormat format, String content, List<Segment> segments,
                                   List<Participant> participants, long durationMs) {
        return parse(format, content, segments, new SpeakerRoles(participants), durationMs);
    }

    public static Transcript parse(TranscriptFormat format, String content, List<Segment> segments,
                                   SpeakerRoles roles, long durationMs) {
        return switch (format) {
            case SEGMENTS -> fromSegments(segments, roles);
            case WEBVTT -> fromWebVtt(content, roles);
            case TEXT -> fromText(content, roles, durationMs);
        };
    }
}
