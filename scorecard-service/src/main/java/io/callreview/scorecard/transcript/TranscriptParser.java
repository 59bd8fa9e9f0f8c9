package io.callreview.scorecard.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns any accepted transcript format into time-ordered segments whose speakers carry their roles. */
public final class TranscriptParser {

    /**
     * Ten times what a fast talker says in a second: loosely timed segments stay under it, while times in seconds where
     * milliseconds are wanted run a thousand times over it.
     */
    private static final double MOST_WORDS_PER_SECOND = 50;
    /** A transcript's pace is judged from this many words on. */
    private static final int FEWEST_WORDS_TO_JUDGE_PACE = 30;

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
        return fromCues(WebVttParser.parse(content), new SpeakerRoles(participants));
    }

    public static Transcript fromSubRip(String content, List<Participant> participants) {
        return fromCues(WebVttParser.parseSubRip(content), new SpeakerRoles(participants));
    }

    private static Transcript fromCues(List<Segment> cues, SpeakerRoles roles) {
        List<Segment> segments = new ArrayList<>(cues);
        segments.sort(Comparator.comparingLong(Segment::startMs));
        return new Transcript(roles.assign(segments), false);
    }

    public static Transcript fromText(String content, List<Participant> participants, long durationMs) {
        return fromText(content, new SpeakerRoles(participants), durationMs);
    }

    static Transcript fromText(String content, SpeakerRoles roles, long durationMs) {
        Transcript text = PlainTextParser.parse(content, durationMs);
        return new Transcript(roles.assign(text.segments()), text.timingEstimated());
    }

    public static Transcript parse(TranscriptFormat format, String content, List<Segment> segments,
                                   List<Participant> participants, long durationMs) {
        return parse(format, content, segments, new SpeakerRoles(participants), durationMs);
    }

    /**
     * Parses the transcript of a call that lasts {@code durationMs} (0: unknown). Timed utterances must fit in the
     * call, give or take a little ({@link #latestEndMs}): far beyond it, the times are in another unit than the sender thinks
     * (seconds sent as milliseconds, say), and every moment quoted from them would be wrong.
     */
    public static Transcript parse(TranscriptFormat format, String content, List<Segment> segments,
                                   SpeakerRoles roles, long durationMs) {
        return switch (format) {
            case SEGMENTS -> {
                Transcript transcript = fromSegments(segments, roles);
                int late = firstPastTheEnd(segments, durationMs);
                if (late >= 0) {
                    throw new TranscriptTimesDoNotFitException("transcript.segments[" + late + "].endMs",
                            pastTheEnd(segments.get(late), durationMs));
                }
                requireSpeakablePace(segments);
                yield transcript;
            }
            case WEBVTT -> fitting(fromCues(WebVttParser.parse(content), roles), "a cue", durationMs);
            case SRT -> fitting(fromCues(WebVttParser.parseSubRip(content), roles), "a cue", durationMs);
            case TEXT -> fitting(fromText(content, roles, durationMs), "an utterance", durationMs);
        };
    }

    /** A transcript in {@code content} whose times fit in the call; {@code what} names one of its utterances. */
    private static Transcript fitting(Transcript transcript, String what, long durationMs) {
        int late = firstPastTheEnd(transcript.segments(), durationMs);
        if (late >= 0) {
            Segment segment = transcript.segments().get(late);
            throw new TranscriptTimesDoNotFitException(WebVttParser.FIELD, what + " (\"" + segment.speaker() + "\" at "
                    + clock(segment.startMs()) + ") ends " + clock(segment.endMs()) + " into the call, which lasts "
                    + clock(durationMs) + " (durationSeconds " + durationMs / 1000 + "): are the times from the start"
                    + " of the call, not the time of day, and is durationSeconds the call's?");
        }
        return transcript;
    }

    private static String clock(long ms) {
        long seconds = ms / 1000;
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /**
     * The latest a timed utterance of a call lasting {@code durationMs} may end: its stated end may fall a minute, or
     * a tenth of the call if that is more, short of the transcript's.
     */
    static long latestEndMs(long durationMs) {
        return durationMs + Math.max(60_000, durationMs / 10);
    }

    private static int firstPastTheEnd(List<Segment> segments, long durationMs) {
        if (durationMs <= 0) {
            return -1;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).endMs() > latestEndMs(durationMs)) {
                return i;
            }
        }
        return -1;
    }

    private static String pastTheEnd(Segment segment, long durationMs) {
        return "ends " + segment.endMs() + " ms into the call, which ends at " + durationMs + " ms (durationSeconds "
                + durationMs / 1000 + "): are the times milliseconds from the start of the call, and durationSeconds"
                + " the call's length in seconds?";
    }

    /**
     * Segments whose words could not be said in the time their times span: times in seconds where milliseconds are
     * wanted make a ten-minute call last under a second, every moment quoted from it 0:00 and its pace absurd.
     */
    private static void requireSpeakablePace(List<Segment> segments) {
        if (segments.isEmpty()) {
            return;
        }
        int words = 0;
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        int last = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            words += Words.count(segment.text());
            from = Math.min(from, segment.startMs());
            if (segment.endMs() > to) {
                to = segment.endMs();
                last = i;
            }
        }
        if (words >= FEWEST_WORDS_TO_JUDGE_PACE && words > MOST_WORDS_PER_SECOND * (to - from) / 1000.0) {
            throw new TranscriptTimesDoNotFitException("transcript.segments[" + last + "].endMs", "the transcript's "
                    + words + " words are said within " + (to - from) + " ms (from " + from + " to " + to + " ms), faster"
                    + " than anyone speaks: are the times milliseconds from the start of the call? Times in seconds must"
                    + " be multiplied by 1000; a transcript without times goes as format text, which estimates them");
        }
    }
}
