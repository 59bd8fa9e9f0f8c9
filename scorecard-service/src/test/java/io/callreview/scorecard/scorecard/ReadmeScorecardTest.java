package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ScorecardFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.segment;
import static io.callreview.scorecard.fixtures.CallFixtures.segmentsTranscript;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom scorecard the service's README shows an admin is accepted as written, and grades calls as a coach
 * would: asked in other words than its examples, each behaviour is MET; the rep who leaves the renewal open fails the call.
 */
@QuarkusTest
class ReadmeScorecardTest {

    private static final Pattern SCORECARD = Pattern.compile("/scorecards -H .*?-d '(\\{\"behaviours\": .*?)'\\n", Pattern.DOTALL);

    @Test
    void theReadmesRenewalScorecardGradesRenewalCalls() throws IOException {
        String type = ScorecardFixtures.newCallType();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(readmeScorecard())
                .post("/api/call-types/" + type + "/scorecards").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).post("/api/call-types/" + type + "/scorecards/1/publish").then().statusCode(200);

        JsonPath renewed = graded(type, "Could we get the paperwork for the renewal done by the end of next week?");
        assertThat(verdicts(renewed)).containsEntry("usage-review", "MET").containsEntry("renewal-ask", "MET");
        assertThat(renewed.getBoolean("score.autoFailed")).isFalse();

        JsonPath leftOpen = graded(type, "No pressure at all, mull it over and get back to me when it suits you.");
        assertThat(verdicts(leftOpen)).containsEntry("usage-review", "MET").containsEntry("renewal-ask", "MISSED");
        assertThat(leftOpen.getBoolean("score.autoFailed")).isTrue();
    }

    private static String readmeScorecard() throws IOException {
        Matcher body = SCORECARD.matcher(Files.readString(Path.of("README.md")));
        assertThat(body.find()).as("the custom scorecard in scorecard-service/README.md").isTrue();
        return body.group(1);
    }

    private static JsonPath graded(String type, String closing) {
        List<Map<String, Object>> segments = List.of(
                segment("Rita Rep", 0, 15_000, "Hi Paul, thanks for making time before the contract comes up."),
                segment("Paul Prospect", 16_000, 20_000, "Sure, happy to."),
                segment("Rita Rep", 60_000, 66_000, "Before anything else, what have your reps leaned on most since you went live?"),
                segment("Paul Prospect", 67_000, 90_000, "Mostly the call scoring; the dashboards less so."),
                segment("Rita Rep", 1_500_000, 1_510_000, "That makes sense, the dashboards got a lot better in the spring."),
                segment("Rita Rep", 1_700_000, 1_710_000, closing),
                segment("Paul Prospect", 1_711_000, 1_720_000, "Okay, thanks."));
        String id = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, unique("rep"), "team-a", segmentsTranscript(segments)));
        return CallFixtures.awaitGraded(id);
    }

    private static Map<String, String> verdicts(JsonPath call) {
        List<Map<String, Object>> behaviours = call.getList("score.behaviours");
        return behaviours.stream().collect(Collectors.toMap(b -> (String) b.get("key"), b -> (String) b.get("verdict")));
    }
}
