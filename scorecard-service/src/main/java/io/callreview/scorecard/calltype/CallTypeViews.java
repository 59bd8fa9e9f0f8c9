package io.callreview.scorecard.calltype;

import io.callreview.scorecard.domain.CallType;

/** Turns stored call types into what the call-types API answers. */
final class CallTypeViews {

    private CallTypeViews() {
    }

    /** {@code publishedScorecardVersion} is null while the type has no published scorecard. */
    static CallTypeView callType(CallType type, Integer publishedScorecardVersion) {
        return new CallTypeView(type.key, type.name, type.description, publishedScorecardVersion, type.createdAt,
                type.updatedAt);
    }
}
