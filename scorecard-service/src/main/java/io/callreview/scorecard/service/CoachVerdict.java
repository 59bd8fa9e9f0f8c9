package io.callreview.scorecard.service;

import io.callreview.events.Verdict;

/** A coach's decided verdict on one behaviour, as it goes into a new score revision. */
record CoachVerdict(String behaviourKey, Verdict verdict, String rationale, String comment) {
}
