package io.callreview.scorecard.scoring;

import io.callreview.events.Verdict;

/** A coach's decided verdict on one behaviour, as it goes into a new score revision. */
public record CoachVerdict(String behaviourKey, Verdict verdict, String rationale, String comment) {
}
