package io.callreview.scorecard.call;

import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.goodCallSegments;
import static io.callreview.scorecard.fixtures.CallFixtures.publishedDiscoveryType;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.callreview.scorecard.fixtures.ReviewFixtures.postCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CallListCursorTest {

    @Test
    void followingNextVisitsEveryCallOnceInListOrderWithoutCountingAgain() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String older = postCall(type, unique("rep"), team, goodCallSegments(), "2026-03-01T09:00:00Z");
        String tiedOne = postCall(type, unique("rep"), team, goodCallSegments(), "2026-03-05T09:00:00Z");
        String tiedTwo = postCall(type, unique("rep"), team, goodCallSegments(), "2026-03-05T09:00:00Z");
        List<String> newestFirstTiesById = Stream.concat(Stream.of(tiedOne, tiedTwo).sorted(), Stream.of(older)).toList();
        String coach = TestTokens.coach("coach-pager", team);

        JsonPath page = given().auth().oauth2(coach).queryParam("size", 1).queryParam("teamId", team)
                .when().get("/api/calls")
                .then().statusCode(200).body("total", equalTo(3)).extract().jsonPath();
        assertThat(page.getString("next")).startsWith("/api/calls?").contains("teamId=" + team).contains("cursor=" + page.getString("nextCursor"));
        List<String> seen = new ArrayList<>(page.getList("items.id"));
        while (page.getString("next") != null) {
            page = given().auth().oauth2(coach).when().get(page.getString("next"))
                    .then().statusCode(200).body("total", nullValue()).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
        }
        assertThat(seen).containsExactlyElementsOf(newestFirstTiesById);

        List<String> byPageNumber = given().auth().oauth2(coach).queryParam("size", 10).queryParam("teamId", team)
                .when().get("/api/calls").then().statusCode(200).body("next", nullValue()).extract().path("items.id");
        assertThat(byPageNumber).containsExactlyElementsOf(newestFirstTiesById);
        for (int number = 0; number < 3; number++) {
            assertThat(given().auth().oauth2(coach).queryParam("size", 1).queryParam("page", number).queryParam("teamId", team)
                    .when().get("/api/calls").then().statusCode(200).body("total", equalTo(3)).extract().<List<String>>path("items.id"))
                    .containsExactly(newestFirstTiesById.get(number));
        }
    }

    @Test
    void aCursorTheListDidNotGiveOrOneWithAPageNumberIsRefused() {
        String coach = TestTokens.coach("coach-pager", "team-a");
        given().auth().oauth2(coach).queryParam("cursor", "not-a-cursor")
                .when().get("/api/calls")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        String cursor = new CallCursor(java.time.Instant.parse("2026-03-05T09:00:00Z"), "x").encode();
        given().auth().oauth2(coach).queryParam("cursor", cursor).queryParam("page", 1)
                .when().get("/api/calls")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }
}
