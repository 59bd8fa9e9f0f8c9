package io.callreview.scorecard.grading;

import io.callreview.scorecard.transcript.Role;

/**
 * One sentence of one segment, the unit the grader counts and quotes. Its timing is the segment's,
 * narrowed in proportion to where the sentence stands in the segment's text. {@code offsets} holds where each
 * stem's word starts in {@code text}, so a quote of a long sentence can be centred on the words that matched.
 */
public record Sentence(int segment, String speaker, Role role, long startMs, long endMs, String text,
                       boolean question, String[] stems, int[] offsets) {

    /** Two sentences of one speaker as one, from the start of the first to the end of the second. */
    static Sentence joined(Sentence first, Sentence second) {
        String[] stems = new String[first.stems.length + second.stems.length];
        System.arraycopy(first.stems, 0, stems, 0, first.stems.length);
        System.arraycopy(second.stems, 0, stems, first.stems.length, second.stems.length);
        int[] offsets = new int[first.offsets.length + second.offsets.length];
        System.arraycopy(first.offsets, 0, offsets, 0, first.offsets.length);
        int shift = first.text.length() + 1;
        for (int i = 0; i < second.offsets.length; i++) {
            offsets[first.offsets.length + i] = second.offsets[i] + shift;
        }
        return new Sentence(first.segment, first.speaker, first.role, first.startMs, second.endMs,
                first.text + " " + second.text, second.question, stems, offsets);
    }

    /** The sentence, or for a long one an excerpt of at most {@code limit} characters around token {@code token}. */
    public String quote(int token, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int at = token >= 0 && token < offsets.length ? offsets[token] : 0;
        int from = Math.max(0, Math.min(at - limit / 3, text.length() - (limit - 3)));
        int to = Math.min(text.length(), from + limit - (from > 0 ? 6 : 3));
        return (from > 0 ? "..." : "") + text.substring(from, to).strip() + (to < text.length() ? "..." : "");
    }
}
