package io.callreview.loadtest.suite;

/** A call ready to post: the JSON body of {@code POST /api/calls}, generated before any timing starts. */
public record PlannedCall(Rep rep, String externalId, String callType, int minutes, int words, byte[] body) {
}
