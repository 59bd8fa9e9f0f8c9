package io.callreview.sim;

import java.time.Instant;
import java.util.Map;

/**
 * One simulated call: what the rep actually did and what the grader said, per behaviour key.
 */
public record ScoredCall(String callId, String callType, Instant at, Map<String, Boolean> done, Map<String, Boolean> graded) {

    public static final String CALL_TYPE = "discovery";
}
