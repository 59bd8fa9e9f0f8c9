package io.callreview.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyEndpointIsDescribedWithItsErrorsAndBodyExamples() {
        JsonPath api = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        assertThat(paths).containsKeys(
                "/api/reps/{repId}/preferences",
                "/api/reps/{repId}/inbox",
                "/api/reps/{repId}/inbox/unread-count",
                "/api/reps/{repId}/inbox/{nudgeId}/read",
                "/api/reps/{repId}/inbox/read-all",
                "/api/reps/{repId}/inbox/{nudgeId}/response",
                "/api/nudges/{nudgeId}/deliveries",
                "/api/deliveries/failed",
                "/api/deliveries/{id}/retry");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> op) || !op.containsKey("responses")) {
                return;
            }
            assertThat(op.get("summary")).as("%s %s summary", method, path).isNotNull();
            Map<?, ?> responses = (Map<?, ?>) op.get("responses");
            assertThat(responses.containsKey("401") && responses.containsKey("403")).as("%s %s documents 401 and 403", method, path).isTrue();
        }));
        assertThat(api.getMap("paths.'/api/reps/{repId}/preferences'.put.requestBody.content.'application/json'.examples"))
                .isNotEmpty();
        assertThat(api.getMap("paths.'/api/reps/{repId}/inbox/{nudgeId}/response'.post.requestBody.content.'application/json'.examples"))
                .containsKeys("self-assessment", "acknowledge");
        assertThat(api.getList("tags.name")).containsAll(List.of("Preferences", "Inbox", "Deliveries"));
    }

    @Test
    void theBodiesARepTypesSayThatAFieldTheyDoNotHaveIsRefused() {
        JsonPath api = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String schema : List.of("PreferencesRequest", "ChannelSwitches", "DigestSettings", "ResponseRequest")) {
            assertThat(api.getBoolean("components.schemas." + schema + ".additionalProperties"))
                    .as("%s refuses unknown fields", schema).isFalse();
        }
        assertThat(api.getString("paths.'/api/reps/{repId}/preferences'.put.responses.'400'.description"))
                .contains("a field the preferences do not have");
        assertThat(api.getString("paths.'/api/reps/{repId}/inbox/{nudgeId}/response'.post.responses.'400'.description"))
                .contains("a field an answer does not have");
    }
}
