package io.callreview.notification.security;

import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** With JWT_ROLES_CLAIM set, roles come from that claim (here Keycloak's realm_access.roles), and only from it. */
@QuarkusTest
@TestProfile(NamespacedRolesTest.RealmRoles.class)
class NamespacedRolesTest {

    public static class RealmRoles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("JWT_ROLES_CLAIM", "realm_access/roles");
        }
    }

    @Test
    void rolesAreReadFromTheConfiguredClaim() {
        String realmAdmin = TestTokens.mint("admin-9", "rep", claims -> {
            claims.unsetClaim("groups");
            claims.setClaim("realm_access", Map.of("roles", List.of("admin")));
        });
        given().auth().oauth2(realmAdmin).when().get("/api/deliveries/failed").then().statusCode(200);

        String groupsAdmin = TestTokens.admin();
        given().auth().oauth2(groupsAdmin).when().get("/api/deliveries/failed").then().statusCode(403);
    }
}
