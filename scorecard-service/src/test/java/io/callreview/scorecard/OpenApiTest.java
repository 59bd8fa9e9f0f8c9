package io.callreview.scorecard;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** Every call, webhook and scheduling endpoint is described, with request examples and problem responses. */
@QuarkusTest
class OpenApiTest {

    @Test
    void ingestionEndpointsAreDocumentedWithExamples() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/calls"))
                .body("paths", hasKey("/api/calls/{id}/score"))
                .body("paths", hasKey("/api/calls/{id}/scores"))
                .body("paths", hasKey("/api/scheduled-calls"))
                .body("paths", hasKey("/api/webhooks/hubspot"))
                .body("paths", hasKey("/api/webhooks/zoom"))
                .body("paths", hasKey("/api/webhooks/signed"))
                .body("paths", hasKey("/api/integrations/{source}/identities/{externalUser}"))
                .body("paths.'/api/calls'.post.requestBody.content.'application/json'.examples", aMapWithSize(6))
                .body("paths.'/api/calls'.post.requestBody.content.'application/json'.examples",
                        hasKey("recording only, transcribed in the background"))
                .body("paths.'/api/calls/{id}/transcription'.post.responses.'202'.content.'application/json'.examples",
                        aMapWithSize(1))
                .body("paths.'/api/webhooks/zoom'.post.requestBody.content.'application/json'.examples", aMapWithSize(3))
                .body("paths.'/api/scheduled-calls'.post.requestBody.content.'application/json'.examples", aMapWithSize(1))
                .body("paths.'/api/calls'.post.responses.'413'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/webhooks/hubspot'.post.security", empty())
                .body("paths.'/api/calls'.post.tags.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void reviewDisputeCalibrationAndAnalyticsEndpointsAreDocumentedWithExamples() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/review-queue"))
                .body("paths", hasKey("/api/analytics/grader-accuracy"))
                .body("paths", hasKey("/api/exports/scores.csv"))
                .body("paths", hasKey("/api/audit"))
                .body("paths.'/api/calls/{id}/reviews'.post.requestBody.content.'application/json'.examples", aMapWithSize(2))
                .body("paths.'/api/reviews/{reviewId}'.put.requestBody.content.'application/json'.examples", aMapWithSize(1))
                .body("paths.'/api/reviews/{reviewId}'.put.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/calls/{id}/disputes'.post.requestBody.content.'application/json'.examples", aMapWithSize(1))
                .body("paths.'/api/disputes/{id}/resolution'.post.requestBody.content.'application/json'.examples", aMapWithSize(3))
                .body("paths.'/api/disputes/{id}/resolution'.post.responses.'409'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/calibrations'.post.requestBody.content.'application/json'.examples", aMapWithSize(1))
                .body("paths.'/api/calibrations/{id}/ratings'.put.requestBody.content.'application/json'.examples", aMapWithSize(1))
                .body("paths.'/api/webhooks/signed'.post.responses.'429'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/analytics/adherence'.get.tags", hasItem("Analytics"));
    }
}
