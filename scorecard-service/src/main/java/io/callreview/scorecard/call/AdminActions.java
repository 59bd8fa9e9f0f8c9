package io.callreview.scorecard.call;

import io.callreview.platform.persistence.RowLocks;
import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.domain.SalesCall;

/**
 * What an admin's actions on one call need (grading or transcribing it again, setting it aside, moving it to another
 * rep): the call locked, and for a correction its reason.
 */
final class AdminActions {

    static final int REASON_LIMIT = 500;

    private AdminActions() {
    }

    /** The reason without surrounding spaces; 400 naming {@code reason} when it is too long. */
    static String reason(String given) {
        String why = given.strip();
        if (why.length() > REASON_LIMIT) {
            throw ApiException.badRequest("reason", "at most " + REASON_LIMIT + " characters, not " + why.length());
        }
        return why;
    }

    /** The call, under the lock its score revisions are recorded under; 404 when there is none. */
    static SalesCall lockedCall(String callId) {
        SalesCall call = SalesCall.findById(callId);
        if (call == null) {
            throw ApiException.notFound("call", callId);
        }
        RowLocks.lock(SalesCall.getEntityManager(), call);
        return call;
    }
}
