package io.callreview.scorecard.domain;

/**
 * A version is edited only as a DRAFT. Publishing freezes it; publishing the next version SUPERSEDES it;
 * RETIRED versions no longer grade calls. Every non-draft version stays readable forever.
 */
public enum ScorecardStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED,
    RETIRED
}
