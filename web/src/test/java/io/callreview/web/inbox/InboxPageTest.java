package io.callreview.web.inbox;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubRepServices;
import io.callreview.web.session.SessionCookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rep's inbox as notification-service answers it: feedback a later nudge corrected is marked and links to it. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubRepServices.class, restrictToAnnotatedClass = true)
class InboxPageTest {

    /** Shaped as notification-service's InboxItem. */
    private static final String ITEM = """
            {"nudgeId": "%s", "kind": "POST_CALL_FEEDBACK", "priority": "NORMAL", "urgent": false, "title": "%s",
             "body": "One focus for next time.", "reason": "You did it on 1 of your last 4 calls", "behaviourKey": "next-steps",
             "callId": "call-1", "callType": "discovery", "actions": [], "receivedAt": "2026-12-01T09:00:00Z",
             "readAt": null, "expiresAt": null, "expired": false, "revisedBy": %s, "revisedAt": %s,
             "answers": {"acknowledgedAt": null, "selfAssessment": null, "selfAssessedAt": null, "reflection": null, "quizAnswer": null}}""";

    @BeforeEach
    void answers() {
        StubRepServices.reset();
        String revised = ITEM.formatted("nudge-missed", "You missed next steps", "\"nudge-dispute\"", "\"2026-12-02T10:00:00Z\"");
        String correction = ITEM.formatted("nudge-dispute", "Your coach accepted your dispute", "null", "null");
        StubRepServices.answer("GET /api/reps/rep-rita/inbox?page=0&size=20&unreadOnly=false",
                "{\"items\": [" + correction + ", " + revised + "], \"page\": 0, \"size\": 20, \"total\": 2, \"unread\": 1}");
        StubRepServices.answer("GET /api/reps/rep-rita/inbox/nudge-missed", revised);
        StubRepServices.answer("POST /api/reps/rep-rita/inbox/nudge-missed/read", "{}");
    }

    @Test
    void aNudgeALaterOneCorrectedIsMarkedAndLeadsToTheCorrection() throws IOException {
        String inbox = page("/inbox");
        String nudge = page("/inbox/nudge-missed");

        String missed = inbox.substring(inbox.indexOf("id=\"nudge-nudge-missed\""));
        String dispute = inbox.substring(inbox.indexOf("id=\"nudge-nudge-dispute\""));
        dispute = dispute.substring(0, dispute.indexOf("</article>"));
        assertThat(missed).contains("<span class=\"tag\">revised</span> <a href=\"/inbox/nudge-dispute\">see what changed</a>");
        assertThat(dispute).doesNotContain("revised");
        assertThat(inbox).contains("class=\"card nudge unread revised\" id=\"nudge-nudge-missed\"");
        assertThat(nudge).contains("You missed next steps", "<a href=\"/inbox/nudge-dispute\">see what changed</a>");
    }

    private static String page(String path) throws IOException {
        String token = new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint("rep-rita", "rep", List.of("team-east"), Duration.ofHours(1));
        return RestAssured.given().cookie(SessionCookie.NAME, token).get(path).then().statusCode(200).extract().body().asString();
    }
}
