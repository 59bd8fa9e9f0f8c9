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

    /** Tests count up to 4 calls (callreview.calls.counted-up-to), or as far as the page reaches. */
    @Test
    void pageNumbersCountTheCallsOnlySoFarAndSayWhenMoreMatch() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        for (int day = 1; day <= 6; day++) {
            postCall(type, unique("rep"), team, goodCallSegments(), "2026-03-0" + day + "T09:00:00Z");
        }
        String coach = TestTokens.coach("coach-counts", team);
        given().auth().oauth2(coach).queryParam("size", 2).queryParam("teamId", team)
                .when().get("/api/calls")
                .then().statusCode(200).body("total", equalTo(4)).body("totalExact", equalTo(false)).body("items.size()", equalTo(2));
        given().auth().oauth2(coach).queryParam("size", 2).queryParam("page", 2).queryParam("teamId", team)
                .when().get("/api/calls")
                .then().statusCode(200).body("total", equalTo(6)).body("totalExact", equalTo(true)).body("items.size()", equalTo(2));
        given().auth().oauth2(coach).queryParam("size", 5).queryParam("teamId", team).queryParam("from", "2026-03-03T00:00:00Z")
                .when().get("/api/calls")
                .then().statusCode(200).body("total", equalTo(4)).body("totalExact", equalTo(true));
        given().auth().oauth2(coach).queryParam("size", 2).queryParam("teamId", team).queryParam("cursor",
                        new CallCursor(java.time.Instant.parse("2026-03-06T09:00:00Z"), "~").encode())
                .when().get("/api/calls")
                .then().statusCode(200).body("total", nullValue()).body("totalExact", nullValue());
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
