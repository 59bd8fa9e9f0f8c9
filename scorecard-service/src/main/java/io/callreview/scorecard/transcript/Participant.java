package io.callreview.scorecard.transcript;

/** A person on the call as the CRM lists them, with the role the grader needs. */
public record Participant(String name, Role role) {
}
