package io.callreview.scorecard.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WebVTT as meeting tools write it: Teams puts the speaker in a voice tag ({@code <v Jane Doe>text</v>}),
 * Zoom in a {@code Jane Doe: text} prefix. Cue identifiers, NOTE, STYLE and REGION blocks, cue settings and
 * inline tags are skipped; timestamps may omit the hours. Later lines of a cue without a voice of their own
 * continue the speaker of the line before; a cue that names nobody is spoken by {@link Transcript#UNKNOWN_SPEAKER}.
 *
 * <p>SubRip ({@code .srt}), as captioning and transcription tools export it, is the same cues without the
 * {@code WEBVTT} header: a number, the timing with a comma before the milliseconds, the text.
 */
public final class WebVttParser {

    static final String FIELD = "transcript.content";

    private static final Pattern TIMESTAMP = Pattern.compile("(?:(\\d{1,3}):)?([0-5]\\d):([0-5]\\d)[.,](\\d{3})");
    private static final Pattern TIMING = Pattern.compile("^(\\S+)\\s+-->\\s+(\\S+)(?:\\s+.*)?$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]+)*\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<\\d[^>]*>");
    private static final Pattern ZOOM_PREFIX = Pattern.compile("^([^:.?!<>]{1,80}?):\\s+(.*)$");

    private WebVttParser() {
    }

    public static List<Segment> parse(String content) {
        String[] lines = lines(content, "WebVTT");
        int i = firstWithText(lines);
        if (!lines[i].strip().startsWith("WEBVTT")) {
            throw new TranscriptFormatException(FIELD, "not WebVTT: the first line must start with 'WEBVTT'");
        }
        i++;
        while (i < lines.length && !lines[i].isBlank()) {
            i++; // header lines after WEBVTT, such as "Kind: captions" or "Language: en"
        }
        return cues(lines, i, "WebVTT");
    }

    public static List<Segment> parseSubRip(String content) {
        String[] lines = lines(content, "SubRip");
        int first = firstWithText(lines);
        if (lines[first].strip().startsWith("WEBVTT")) {
            throw new TranscriptFormatException(FIELD, "this is WebVTT, not SubRip: send it with format webvtt");
        }
        return cues(lines, first, "SubRip");
    }

    private static String[] lines(String content, String format) {
        if (content == null || content.isBlank()) {
            throw new TranscriptFormatException(FIELD, "the " + format + " transcript is empty");
        }
        return content.replace("\uFEFF", "").split("\\r\\n|\\r|\\n", -1);
    }

    private static int firstWithText(String[] lines) {
        int first = 0;
        while (first < lines.length - 1 && lines[first].isBlank()) {
            first++;
        }
        return first;
    }

    private static List<Segment> cues(String[] lines, int from, String format) {
        List<Segment> segments = new ArrayList<>();
        int i = from;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            int blockEnd = i;
            while (blockEnd < lines.length && !lines[blockEnd].isBlank()) {
                blockEnd++;
            }
            readBlock(lines, blockStart, blockEnd, segments);
            i = blockEnd;
        }
        if (segments.isEmpty()) {
            throw new TranscriptFormatException(FIELD, "the " + format + " transcript holds no cues with text");
        }
        return segments;
    }

    private static void readBlock(String[] lines, int from, int to, List<Segment> segments) {
        String first = lines[from].strip();
        if (first.startsWith("NOTE") || first.equals("STYLE") || first.equals("REGION")) {
            return;
        }
        int timingLine = from;
        if (!lines[from].contains("-->")) {
            timingLine = from + 1; // a cue identifier
        }
        if (timingLine >= to || !lines[timingLine].contains("-->")) {
            throw new TranscriptFormatException(FIELD, "line " + (from + 1) + ": expected a cue timing line"
                    + " 'start --> end', found '" + abbreviate(lines[from]) + "'");
        }
        Matcher timing = TIMING.matcher(lines[timingLine].strip());
        if (!timing.matches()) {
            throw broken(timingLine, lines[timingLine]);
        }
        long start = millis(timing.group(1), timingLine, lines[timingLine]);
        long end = millis(timing.group(2), timingLine, lines[timingLine]);
        if (end < start) {
            throw new TranscriptFormatException(FIELD, "line " + (timingLine + 1) + ": the cue ends before it starts");
        }
        List<String[]> voiced = new ArrayList<>(); // speaker, text per line
        for (int line = timingLine + 1; line < to; line++) {
            voiced.add(speakerAndText(lines[line], voiced.isEmpty() ? null : voiced.get(voiced.size() - 1)[0]));
        }
        addCue(segments, start, end, voiced);
    }

    /** Consecutive lines of one speaker form one segment; a change of voice inside a cue splits its time by words. */
    private static void addCue(List<Segment> segments, long start, long end, List<String[]> lines) {
        List<String[]> utterances = new ArrayList<>();
        for (String[] line : lines) {
            if (line[1].isBlank()) {
                continue;
            }
            String[] last = utterances.isEmpty() ? null : utterances.get(utterances.size() - 1);
            if (last != null && java.util.Objects.equals(last[0], line[0])) {
                last[1] = last[1] + " " + line[1];
            } else {
                utterances.add(new String[] {line[0], line[1]});
            }
        }
        int totalWords = utterances.stream().mapToInt(u -> Math.max(1, Words.count(u[1]))).sum();
        long at = start;
        int wordsSoFar = 0;
        for (String[] utterance : utterances) {
            wordsSoFar += Math.max(1, Words.count(utterance[1]));
            long until = utterances.size() == 1 ? end : start + (end - start) * wordsSoFar / totalWords;
            segments.add(new Segment(utterance[0], at, until, utterance[1], Role.UNKNOWN));
            at = until;
        }
    }

    private static String[] speakerAndText(String raw, String previousSpeaker) {
        String speaker = null;
        Matcher voice = VOICE.matcher(raw);
        if (voice.find()) {
            speaker = voice.group(1).strip();
        }
        String text = unescape(TAG.matcher(raw).replaceAll("")).strip();
        if (speaker == null) {
            Matcher prefix = ZOOM_PREFIX.matcher(text);
            if (prefix.matches() && previousSpeaker == null) {
                speaker = prefix.group(1).strip();
                text = prefix.group(2).strip();
            } else {
                speaker = previousSpeaker;
            }
        }
        return new String[] {speaker, text};
    }

    private static long millis(String value, int line, String raw) {
        Matcher m = TIMESTAMP.matcher(value);
        if (!m.matches()) {
            throw broken(line, raw);
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return ((hours * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000
                + Long.parseLong(m.group(4));
    }

    private static TranscriptFormatException broken(int line, String raw) {
        return new TranscriptFormatException(FIELD, "line " + (line + 1) + ": broken cue timing '" + abbreviate(raw)
                + "', expected 'hh:mm:ss.ttt --> hh:mm:ss.ttt' (hours optional)");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("&lrm;", "").replace("&rlm;", "").replace("&amp;", "&");
    }

    private static String abbreviate(String line) {
        String stripped = line.strip();
        return stripped.length() > 60 ? stripped.substring(0, 60) + "..." : stripped;
    }
}
