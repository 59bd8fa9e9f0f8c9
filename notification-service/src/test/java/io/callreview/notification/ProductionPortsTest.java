package io.callreview.notification;

import io.callreview.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * The service as packaged (profile prod, nothing set but what it cannot start without): Swagger UI, the OpenAPI
 * document, health and metrics are not on the public port; health and metrics answer on the management port.
 */
@QuarkusTest
@TestProfile(ProductionPortsTest.Production.class)
class ProductionPortsTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("JWT_PUBLIC_KEY_LOCATION", publicKeyFile(), "JWT_AUDIENCE", "callreview",
                    "notification.dispatcher.enabled", "false");
        }

        private static String publicKeyFile() {
            try {
                Path file = Files.createTempFile("callreview-test-key", ".pem");
                Files.writeString(file, TestTokens.publicKeyPem());
                file.toFile().deleteOnExit();
                return file.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // below the management root, /q
    @TestHTTPResource(value = "/health/live", management = true)
    URL managementHealth;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void apiDocsHealthAndMetricsAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/swagger-ui", "/q/swagger-ui/", "/q/openapi", "/q/health/live", "/q/metrics"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
        }
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        given().when().get(managementHealth).then().statusCode(200);
        given().when().get(managementMetrics).then().statusCode(200);
    }

    @Test
    void theApiStillAnswersOnThePublicPort() {
        given().auth().oauth2(TestTokens.admin()).when().get("/api/deliveries/failed").then().statusCode(200);
    }
}
