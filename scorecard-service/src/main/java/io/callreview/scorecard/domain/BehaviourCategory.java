package io.callreview.scorecard.domain;

/** What a key behaviour is about; the five classic scorecard questions each have one. */
public enum BehaviourCategory {
    PROCESS_STEPS,
    QUALIFICATION,
    RIGHT_PEOPLE,
    NEXT_STEPS,
    PRODUCT_COVERAGE,
    OBJECTION_HANDLING,
    RAPPORT,
    OTHER
}
