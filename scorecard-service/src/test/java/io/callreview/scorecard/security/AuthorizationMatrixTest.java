package io.callreview.scorecard.security;

import io.callreview.testsupport.AuthorizationMatrix;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.callreview.testsupport.AuthorizationMatrix.PUBLIC;

/** Who may call what in scorecard-service. A new endpoint without a line here fails the build. */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String[] ANY_ROLE = {"admin", "coach", "rep", "integration"};

    static final AuthorizationMatrix MATRIX = new AuthorizationMatrix()
            .sample("key", "matrix-type")
            .sample("version", "1")
            .allow("POST", "/api/call-types", "admin")
            .allow("GET", "/api/call-types", ANY_ROLE)
            .allow("GET", "/api/call-types/{key}", ANY_ROLE)
            .allow("PUT", "/api/call-types/{key}", "admin")
            .allow("DELETE", "/api/call-types/{key}", "admin")
            .allow("POST", "/api/call-types/{key}/scorecards", "admin")
            .allow("GET", "/api/call-types/{key}/scorecards", ANY_ROLE)
            .allow("POST", "/api/call-types/{key}/scorecards/starter", "admin")
            .allow("GET", "/api/call-types/{key}/scorecards/published", ANY_ROLE)
            .allow("GET", "/api/call-types/{key}/scorecards/diff", ANY_ROLE)
            .allow("GET", "/api/call-types/{key}/scorecards/{version}", ANY_ROLE)
            .allow("PUT", "/api/call-types/{key}/scorecards/{version}", "admin")
            .allow("DELETE", "/api/call-types/{key}/scorecards/{version}", "admin")
            .allow("POST", "/api/call-types/{key}/scorecards/{version}/draft", "admin")
            .allow("POST", "/api/call-types/{key}/scorecards/{version}/publish", "admin")
            .allow("POST", "/api/call-types/{key}/scorecards/{version}/retire", "admin");

    @Test
    void everyEndpointHasAnEntry() {
        MATRIX.assertCoversEveryEndpoint();
    }

    @Test
    void everyEntryIsEnforced() {
        MATRIX.assertEnforced();
    }
}
