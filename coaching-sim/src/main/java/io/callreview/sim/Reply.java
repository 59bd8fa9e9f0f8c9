package io.callreview.sim;

import java.time.Instant;

/**
 * What the rep did with one ask of a nudge they opened.
 *
 * @param right for a question, answered right; for a reflection, explained what made it work; for a self-assessment,
 *              said they did it; for a training unit, went through it; for reading, true
 */
public record Reply(Ask ask, boolean right, Instant at) {
}
