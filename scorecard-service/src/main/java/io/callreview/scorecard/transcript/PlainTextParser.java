package io.callreview.scorecard.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain {@code Speaker: text} lines. The text carries no timing, so each utterance is placed by its
 * words: the call's duration (or, when unknown, a typical 150 words a minute) is shared out by word count,
 * so that windows such as "the last 20% of the call" still work.
 */
public final class PlainTextParser {

    static final String FIELD = "transcript.content";
    static final int WORDS_PER_MINUTE = 150;

    private static final Pattern SPEAKER_LINE = Pattern.compile("^\\s*([^:]{1,80}?)\\s*:\\s*(.*)$");
    private static final Pattern TIMESTAMP_PREFIX = Pattern.compile("^\\s*[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?\\s*");

    private PlainTextParser() {
    }

    public static List<Segment> parse(String content, long durationMs) {
        if (content == null || content.isBlank()) {
            throw new TranscriptFormatException(FIELD, "the transcript is empty");
        }
        List<String[]> utterances = new ArrayList<>();
        for (String raw : content.split("\\r\\n|\\r|\\n")) {
            String line = TIMESTAMP_PREFIX.matcher(raw).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = SPEAKER_LINE.matcher(line);
            if (m.matches() && !m.group(1).isBlank() && Words.count(m.group(1)) <= 6) {
                utterances.add(new String[] {m.group(1).strip(), m.group(2).strip()});
            } else if (!utterances.isEmpty()) {
                String[] last = utterances.get(utterances.size() - 1);
                last[1] = (last[1] + " " + line).strip();
            } else {
                throw new TranscriptFormatException(FIELD, "plain transcripts are 'Speaker: text' lines; the first"
                        + " line names no speaker: '" + (line.length() > 60 ? line.substring(0, 60) + "..." : line) + "'");
            }
        }
        int totalWords = utterances.stream().mapToInt(u -> Words.count(u[1])).sum();
        if (totalWords == 0) {
            throw new TranscriptFormatException(FIELD, "the transcript holds no words");
        }
        double msPerWord = durationMs > 0 ? (double) durationMs / totalWords : 60_000.0 / WORDS_PER_MINUTE;
        List<Segment> segments = new ArrayList<>(utterances.size());
        long words = 0;
        for (String[] utterance : utterances) {
            long start = Math.round(words * msPerWord);
            words += Words.count(utterance[1]);
            segments.add(new Segment(utterance[0], start, Math.round(words * msPerWord), utterance[1], Role.UNKNOWN));
        }
        return segments;
    }
}
