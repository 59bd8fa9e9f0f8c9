package io.callreview.scorecard.call;

import io.callreview.platform.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the call list ends, as an opaque token: the start and id of its last call. The next page holds the
 * calls after it in list order (newest first, ties by id), found through an index however deep the page is.
 */
record CallCursor(Instant startedAt, String id) {

    static CallCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8).split("\\|", 2);
            return new CallCursor(Instant.parse(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("cursor", "is not a cursor this list gave out (take it from a page's next or nextCursor)");
        }
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((startedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
