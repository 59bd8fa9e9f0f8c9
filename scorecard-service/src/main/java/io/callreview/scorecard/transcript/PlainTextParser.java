package io.callreview.scorecard.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text transcripts in the two layouts that notes and transcription tools export:
 * <ul>
 *   <li>{@code Speaker: text} lines, each perhaps with the time it starts: before it ({@code [00:01:23] Jane Doe: text},
 *   {@code 01:23 Jane Doe: text}, or a span, {@code [00:01:23 - 00:01:30] Jane Doe: text}), after the name
 *   ({@code Jane Doe (01:23): text}), or on a line of its own above (Google Meet's). A line that names no speaker
 *   continues the utterance before; the lines before the first speaker are a title.</li>
 *   <li>A heading of the speaker and the time, then the text on the lines below, up to the next heading after a blank
 *   line, or a heading with the name in brackets ({@code Jane Doe  1:23}, {@code Jane Doe - 00:01:23},
 *   {@code [Jane Doe] 10:02:33}, as Otter, Fireflies and Zoom write it), perhaps under a title of a line or three. A
 *   colon inside the text is then text. A transcript of one heading is read as lines.</li>
 * </ul>
 * An utterance with a time starts at it. The others are placed by their words between the times around them; in a
 * transcript without any time, the call's duration (or, when unknown, a typical 150 words a minute) is shared out by
 * word count, so that windows such as "the last 20% of the call" still work. The timing counts as estimated unless
 * every utterance has its time. Times must not go backwards: the lines are in the order they were said. Times of
 * day count from the first.
 */
final class PlainTextParser {

    static final String FIELD = "transcript.content";
    static final int WORDS_PER_MINUTE = 150;

    /** A time from the start of the call or of day, also on a 12-hour clock ("02:19:06 PM", "2:19 pm"). */
    private static final String TIME = "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?";
    private static final Pattern TIME_PARTS = Pattern.compile(
            "(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?(?:\\s?([AaPp])\\.?[Mm]\\.?)?");
    private static final Pattern TIME_PREFIX = Pattern.compile("^\\s*[\\[(]?(" + TIME + ")(?:\\s*(?:-->|-|–|to)\\s*("
            + TIME + "))?[\\])]?\\s*(?:[-–|]\\s+)?(.*)$");
    private static final Pattern SPEAKER_LINE = Pattern.compile("^\\s*([^:]{1,80}?)\\s*(?:[\\[(](" + TIME
            + ")[\\])])?\\s*:\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s*([^:]{1,80}?)\\s*(?:[-–|]\\s*)?[\\[(]?(" + TIME
            + ")[\\])]?\\s*$");
    private static final Pattern TIME_ALONE = Pattern.compile("^[\\[(]?(" + TIME + ")[\\])]?$");
    private static final int NAME_WORDS = 6;
    private static final int TITLE_LINES = 3;
    private static final long CLOCK_WITHOUT_DURATION_MS = 3_600_000;

    private PlainTextParser() {
    }

    /** The utterances in the order they were said; the timing is estimated unless each had its time. */
    static Transcript parse(String content, long durationMs) {
        if (content == null || content.isBlank()) {
            throw new TranscriptFormatException(FIELD, "the transcript is empty");
        }
        String[] lines = content.replace("\uFEFF", "").split("\\r\\n|\\r|\\n");
        List<Utterance> utterances = underHeadings(lines);
        if (utterances.size() < 2) {
            // one heading is more likely a title with a time ("Discovery call 2:30") over 'Speaker: text' lines
            utterances = speakerLines(lines);
        }
        int totalWords = utterances.stream().mapToInt(Utterance::words).sum();
        if (totalWords == 0) {
            throw new TranscriptFormatException(FIELD, "the transcript holds no words");
        }
        return timed(utterances, durationMs);
    }

    /**
     * 'Speaker: text' lines. Lines before the first of them are a title or a list of attendees, and a line of a time
     * alone (as Google Meet puts one every few minutes) is when the next utterance starts.
     */
    private static List<Utterance> speakerLines(String[] lines) {
        List<Utterance> utterances = new ArrayList<>();
        Long timeAlone = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher time = TIME_ALONE.matcher(line);
            if (time.matches()) {
                timeAlone = millis(time.group(1));
                continue;
            }
            Matcher timed = TIME_PREFIX.matcher(line);
            String rest = timed.matches() ? timed.group(3) : line;
            Matcher said = SPEAKER_LINE.matcher(rest);
            if (said.matches() && isName(said.group(1))) {
                Utterance utterance = new Utterance(speaker(said.group(1)), i + 1);
                utterance.startMs = timed.matches() ? millis(timed.group(1))
                        : said.group(2) != null ? millis(said.group(2)) : timeAlone;
                utterance.endMs = timed.matches() ? millis(timed.group(2)) : null;
                utterance.add(said.group(3));
                utterances.add(utterance);
                timeAlone = null;
            } else if (!utterances.isEmpty()) {
                utterances.get(utterances.size() - 1).add(line);
            }
        }
        if (utterances.isEmpty()) {
            throw new TranscriptFormatException(FIELD, "plain transcripts are 'Speaker: text' lines, or headings"
                    + " 'Speaker 0:00' over the text; no line names a speaker: '" + abbreviate(firstWithText(lines)) + "'");
        }
        return utterances;
    }

    /**
     * Headings of speaker and time over the text, when the first comes among the first few lines (the ones above it
     * are a title); none when it does not.
     */
    private static List<Utterance> underHeadings(String[] lines) {
        List<Utterance> utterances = new ArrayList<>();
        boolean afterBlank = true;
        int linesBefore = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                afterBlank = true;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            // a line of text may end in a time ("see you at 10:30"); a heading starts after a blank line, unless its
            // name is in brackets as Zoom writes it
            if (heading.matches() && isName(heading.group(1)) && (afterBlank || isBracketed(heading.group(1)))) {
                Utterance utterance = new Utterance(speaker(heading.group(1)), i + 1);
                utterance.startMs = millis(heading.group(2));
                utterances.add(utterance);
            } else if (!utterances.isEmpty()) {
                utterances.get(utterances.size() - 1).add(line);
            } else if (++linesBefore > TITLE_LINES) {
                return List.of();
            }
            afterBlank = false;
        }
        return utterances;
    }

    /** The name without the brackets some tools put around it ({@code [Jane Doe] 10:02:33}). */
    private static String speaker(String name) {
        String stripped = name.strip();
        return isBracketed(stripped) ? stripped.substring(1, stripped.length() - 1).strip() : stripped;
    }

    private static boolean isBracketed(String name) {
        String stripped = name.strip();
        return stripped.length() > 2 && stripped.startsWith("[") && stripped.endsWith("]");
    }

    /** A speaker's name: a few words with a letter among them, not a sentence that happens to hold a colon. */
    private static boolean isName(String candidate) {
        String name = candidate.strip();
        return !name.isEmpty() && Words.count(name) <= NAME_WORDS && name.chars().anyMatch(Character::isLetter)
                && ".?!,;".indexOf(name.charAt(name.length() - 1)) < 0;
    }

    /**
     * Starts at the stated times, the utterances between them spread by their words; after the last stated time at
     * the pace of the call so far, and without any, over the call's duration. Estimated times stay inside the call.
     */
    private static Transcript timed(List<Utterance> utterances, long durationMs) {
        int n = utterances.size();
        long[] wordsBefore = new long[n + 1];
        for (int i = 0; i < n; i++) {
            wordsBefore[i + 1] = wordsBefore[i] + utterances.get(i).words();
        }
        int lastTimed = -1;
        for (int i = 0; i < n; i++) {
            Utterance utterance = utterances.get(i);
            if (utterance.startMs == null) {
                continue;
            }
            if (lastTimed >= 0 && utterance.startMs < utterances.get(lastTimed).startMs) {
                throw new TranscriptFormatException(FIELD, "line " + utterance.line + ": its time comes before the time"
                        + " of line " + utterances.get(lastTimed).line + "; the lines must be in the order they were said");
            }
            if (utterance.endMs != null && utterance.endMs < utterance.startMs) {
                throw new TranscriptFormatException(FIELD, "line " + utterance.line + ": the utterance ends before it starts");
            }
            lastTimed = i;
        }
        fromTheStartOfTheCall(utterances, durationMs);
        double msPerWord = pace(utterances, wordsBefore, lastTimed, durationMs);
        long latest = durationMs <= 0 || lastTimed < 0 ? durationMs : Math.max(durationMs, utterances.get(lastTimed).startMs);
        long[] starts = new long[n];
        int before = -1; // the last utterance with a time, or -1 for the start of the call
        for (int i = 0; i < n; i++) {
            Utterance utterance = utterances.get(i);
            if (utterance.startMs != null) {
                starts[i] = utterance.startMs;
                before = i;
                continue;
            }
            int after = nextTimed(utterances, i);
            long fromMs = before < 0 ? 0 : starts[before];
            long fromWords = before < 0 ? 0 : wordsBefore[before];
            if (after < 0) {
                starts[i] = capped(fromMs + Math.round((wordsBefore[i] - fromWords) * msPerWord), latest);
            } else {
                long span = wordsBefore[after] - fromWords;
                starts[i] = span == 0 ? fromMs
                        : fromMs + (utterances.get(after).startMs - fromMs) * (wordsBefore[i] - fromWords) / span;
            }
        }
        List<Segment> segments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Utterance utterance = utterances.get(i);
            long end = utterance.endMs != null ? utterance.endMs
                    : i + 1 < n ? starts[i + 1]
                    : capped(starts[i] + Math.round(utterance.words() * msPerWord), latest <= 0 ? 0 : Math.max(latest, starts[i]));
            segments.add(new Segment(utterance.speaker, starts[i], end, utterance.text.toString(), Role.UNKNOWN));
        }
        return new Transcript(segments, utterances.stream().anyMatch(u -> u.startMs == null));
    }

    /**
     * Times of day instead of times into the call (chat and meeting tools write the clock): when the first one alone
     * falls after the call's end, or an hour into a call of unknown length, every time counts from the first.
     */
    private static void fromTheStartOfTheCall(List<Utterance> utterances, long durationMs) {
        Long first = utterances.stream().map(u -> u.startMs).filter(t -> t != null).findFirst().orElse(null);
        boolean onTheClock = first != null
                && (durationMs > 0 ? first > TranscriptParser.latestEndMs(durationMs) : first >= CLOCK_WITHOUT_DURATION_MS);
        if (!onTheClock) {
            return;
        }
        for (Utterance utterance : utterances) {
            utterance.startMs = utterance.startMs == null ? null : utterance.startMs - first;
            utterance.endMs = utterance.endMs == null ? null : utterance.endMs - first;
        }
    }

    /**
     * Milliseconds per word where no time is stated: the pace of the call up to its last stated time; without one,
     * the call's duration shared out by words, or a typical 150 words a minute.
     */
    private static double pace(List<Utterance> utterances, long[] wordsBefore, int lastTimed, long durationMs) {
        if (lastTimed >= 0 && wordsBefore[lastTimed] > 0 && utterances.get(lastTimed).startMs > 0) {
            return (double) utterances.get(lastTimed).startMs / wordsBefore[lastTimed];
        }
        long totalWords = wordsBefore[utterances.size()];
        return lastTimed < 0 && durationMs > 0 ? (double) durationMs / totalWords : 60_000.0 / WORDS_PER_MINUTE;
    }

    /** The estimate, or the latest time when it is later; a latest time of 0 or less is none. */
    private static long capped(long estimateMs, long latestMs) {
        return latestMs > 0 ? Math.min(estimateMs, latestMs) : estimateMs;
    }

    private static int nextTimed(List<Utterance> utterances, int from) {
        for (int i = from + 1; i < utterances.size(); i++) {
            if (utterances.get(i).startMs != null) {
                return i;
            }
        }
        return -1;
    }

    /** The time in milliseconds, or null for none. */
    private static Long millis(String time) {
        if (time == null) {
            return null;
        }
        Matcher m = TIME_PARTS.matcher(time);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a time: " + time);
        }
        String fraction = m.group(4) == null ? "0" : (m.group(4) + "00").substring(0, 3);
        long millis = Long.parseLong(fraction);
        if (m.group(5) != null) {
            // a clock time: "2:19 PM" is hours and minutes, and 12 AM is midnight
            boolean afternoon = m.group(5).equalsIgnoreCase("p");
            long hours = Long.parseLong(m.group(1) == null ? m.group(2) : m.group(1)) % 12 + (afternoon ? 12 : 0);
            long minutes = Long.parseLong(m.group(1) == null ? m.group(3) : m.group(2));
            long seconds = m.group(1) == null ? 0 : Long.parseLong(m.group(3));
            return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return ((hours * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000 + millis;
    }

    private static String firstWithText(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }

    /** One speaker's turn as the text gives it: where it starts, and where it ends when the text says so. */
    private static final class Utterance {

        final String speaker;
        final int line;
        final StringBuilder text = new StringBuilder();
        Long startMs;
        Long endMs;

        Utterance(String speaker, int line) {
            this.speaker = speaker;
            this.line = line;
        }

        void add(String more) {
            String stripped = more.strip();
            if (!stripped.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(stripped);
            }
        }

        int words() {
            return Words.count(text.toString());
        }
    }
}
