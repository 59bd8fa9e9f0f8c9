package io.callreview.sim;

import java.time.Instant;
import java.util.List;

/** A way of nudging reps: what it plans after a scored call and after an answer, and what it sends when. */
public interface Policy {

    String name();

    /** A call was scored (the grader's verdicts, as the policy sees them). */
    default void afterCall(SimRep rep, ScoredCall call) {
    }

    /** The nudges that go out to the rep at {@code now}. */
    List<Nudge> dispatch(SimRep rep, Instant now);

    /** The rep opened a nudge and did this with its asks. */
    default void answered(SimRep rep, Nudge nudge, List<Reply> replies) {
    }
}
