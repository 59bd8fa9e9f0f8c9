package io.callreview.testsupport;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What every service answers without a token: readiness (database and broker up) and its OpenAPI document.
 * Each service runs it as {@code @QuarkusTest class HealthTest extends ServiceHealthContract}.
 */
public abstract class ServiceHealthContract {

    @Test
    public void readyWithDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    public void apiNeedsAToken() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200);
    }
}
