package io.callreview.platform.query;

import io.callreview.platform.problem.ApiException;

/** The page and size of a list request, checked before any query runs. */
public final class Paging {

    private Paging() {
    }

    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw ApiException.badRequest("page", "must not be negative");
        }
        if (size < 1 || size > maxSize) {
            throw ApiException.badRequest("size", "must be 1 to " + maxSize);
        }
    }
}
