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
        return new Transcript(new SpeakerRoles(participants).assign(ordered), false);
    }

    public static Transcript fromWebVtt(String content, List<Participant> participants) {
        List<Segment> segments = new ArrayList<>(WebVttParser.parse(content));
        segments.sort(Comparator.comparingLong(Segment::startMs));
        return new Transcript(new SpeakerRoles(participants).assign(segments), false);
    }

    public static Transcript fromText(String content, List<Participant> participants, long durationMs) {
        return new Transcript(new SpeakerRoles(participants).assign(PlainTextParser.parse(content, durationMs)), true);
    }

    public static Transcript parse(TranscriptFormat format, String content, List<Segment> segments,
                                   List<Participant> participants, long durationMs) {
        return switch (format) {
            case SEGMENTS -> fromSegments(segments, participants);
            case WEBVTT -> fromWebVtt(content, participants);
            case TEXT -> fromText(content, participants, durationMs);
        };
    }
}
