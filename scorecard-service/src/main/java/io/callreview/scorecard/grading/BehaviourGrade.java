package io.callreview.scorecard.grading;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import java.util.List;

/**
 * The grader's answer for one behaviour. {@code expectedAtMs} is set when the behaviour was (or may have been)
 * missed: where in the call it should have happened (after its precondition, or where its window opens); null for a
 * behaviour due anywhere in the call.
 */
public record BehaviourGrade(Behaviour behaviour, Verdict verdict, double confidence, List<Evidence> evidence,
                             Long expectedAtMs, String rationale) {

    public BehaviourGrade {
        evidence = List.copyOf(evidence);
    }
}
