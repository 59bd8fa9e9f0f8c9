package io.callreview.scorecard.grading;

import io.callreview.scorecard.transcript.Role;

/**
 * One sentence of one segment, the unit the grader counts and quotes. Its timing is the segment's,
 * narrowed in proportion to where the sentence stands in the segment's text.
 */
public record Sentence(int segment, String speaker, Role role, long startMs, long endMs, String text,
                       boolean question, String[] stems) {
}
