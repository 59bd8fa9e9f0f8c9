package io.callreview.scorecard.grading;

import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Transcript;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A transcript split into sentences, each analysed into stems once, with an index from stem to the
 * places it occurs, so that matching every phrase of every behaviour costs one lookup per phrase.
 */
public final class IndexedTranscript {

    /** Where a phrase matched: which sentence, and the matched token range within it. */
    public record Hit(int sentence, int fromToken, int toToken) {
    }

    private final Transcript transcript;
    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<String, long[]> postings = new HashMap<>();
    private final Map<String, Integer> postingSizes = new HashMap<>();
    private final boolean repKnown;

    public IndexedTranscript(Transcript transcript, TextAnalysis analysis) {
        this.transcript = transcript;
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        List<Segment> segments = transcript.segments();
        for (int s = 0; s < segments.size(); s++) {
            addSegment(s, segments.get(s), analysis, boundaries);
        }
        postings.replaceAll((stem, positions) -> Arrays.copyOf(positions, postingSizes.get(stem)));
        postingSizes.clear();
        repKnown = transcript.repSpoke();
    }

    public Transcript transcript() {
        return transcript;
    }

    /** Whether the rep is known on the call ({@link Transcript#repSpoke()}), read once. */
    public boolean repKnown() {
        return repKnown;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Every place where {@code stems} occur in order, allowing at most {@code slop} extra words in between. */
    public List<Hit> find(String[] stems, int slop) {
        long[] starts = postings.get(stems[0]);
        if (starts == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (long packed : starts) {
            int sentence = (int) (packed >>> 20);
            int position = (int) (packed & 0xFFFFF);
            int end = matchFrom(sentences.get(sentence).stems(), position, stems, slop);
            if (end >= 0) {
                hits.add(new Hit(sentence, position, end));
            }
        }
        return hits;
    }

    /** The sentences the stem occurs in, in order, each once. */
    public int[] sentencesWith(String stem) {
        long[] positions = postings.get(stem);
        if (positions == null) {
            return new int[0];
        }
        return Arrays.stream(positions).mapToInt(packed -> (int) (packed >>> 20)).distinct().toArray();
    }

    private static int matchFrom(String[] tokens, int position, String[] stems, int slop) {
        int at = position;
        int budget = slop;
        for (int i = 1; i < stems.length; i++) {
            int next = at + 1;
            while (next < tokens.length && !tokens[next].equals(stems[i]) && next - at - 1 < budget) {
                next++;
            }
            if (next >= tokens.length || !tokens[next].equals(stems[i])) {
                return -1;
            }
            budget -= next - at - 1;
            at = next;
        }
        return at;
    }

    private void addSegment(int index, Segment segment, TextAnalysis analysis, BreakIterator boundaries) {
        String text = segment.text();
        List<TextAnalysis.Token> tokens = analysis.tokens(text);
        boundaries.setText(text);
        int tokenAt = 0;
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            String raw = text.substring(start, end);
            String sentenceText = raw.strip();
            if (sentenceText.isEmpty()) {
                continue;
            }
            int base = start + raw.length() - raw.stripLeading().length();
            List<String> stems = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            while (tokenAt < tokens.size() && tokens.get(tokenAt).start() < end) {
                stems.add(tokens.get(tokenAt).stem());
                offsets.add(Math.max(0, tokens.get(tokenAt).start() - base));
                tokenAt++;
            }
            long startMs = segment.startMs() + segment.durationMs() * start / Math.max(1, text.length());
            long endMs = segment.startMs() + segment.durationMs() * end / Math.max(1, text.length());
            int sentenceIndex = sentences.size();
            sentences.add(new Sentence(index, segment.speaker(), segment.role(), startMs, endMs, sentenceText,
                    QuestionForm.isQuestion(sentenceText), stems.toArray(String[]::new),
                    offsets.stream().mapToInt(Integer::intValue).toArray()));
            for (int position = 0; position < stems.size() && position < 0xFFFFF; position++) {
                post(stems.get(position), ((long) sentenceIndex << 20) | position);
            }
        }
    }

    private void post(String stem, long packed) {
        long[] positions = postings.get(stem);
        int size = postingSizes.getOrDefault(stem, 0);
        if (positions == null) {
            positions = new long[4];
        } else if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
        }
        positions[size] = packed;
        postings.put(stem, positions);
        postingSizes.put(stem, size + 1);
    }
}
