package io.callreview.coaching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of the issue is documented, with a summary, a tag, examples for bodies and problem responses. */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumented() {
        JsonPath api = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        assertThat(paths).containsKeys("/api/reps/{repId}/profile", "/api/reps/{repId}/schedule", "/api/reps/{repId}/settings",
                "/api/teams/{teamId}/profile", "/api/plans", "/api/plans/{id}");
        paths.forEach((path, operations) -> operations.forEach((method, raw) -> {
            if (!List.of("get", "post", "put", "delete").contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) raw;
            assertThat(operation.get("summary")).as(method + " " + path).isNotNull();
            assertThat((List<String>) operation.get("tags")).as(method + " " + path).isNotEmpty();
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("401", "403");
            if (operation.containsKey("requestBody")) {
                Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation.get("requestBody")).get("content");
                Map<String, Object> json = (Map<String, Object>) content.get("application/json");
                assertThat(json.get("examples")).as("examples of " + method + " " + path).isNotNull();
            }
        }));
        Map<String, Object> repId = api.getMap("components.schemas.RepProfileView.properties.repId");
        assertThat(repId.containsKey("examples") ? ((List<Object>) repId.get("examples")).get(0) : repId.get("example"))
                .as("example of RepProfileView.repId: %s", repId).isEqualTo("rep-42");
    }
}
