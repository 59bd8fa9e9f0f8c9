package io.callreview.web.calls;

import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubScorecardService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.callreview.web.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/** A teammate's moment: the exchange around it and what they did well; the whole call only for who may open it. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class CallMomentPageTest {

    /** Shaped as scorecard-service's CallMomentView. */
    private static final String MOMENT = """
            {"callId": "c-88", "repId": "rep-7", "repName": "Dana Reyes", "callType": "discovery",
             "startedAt": "2026-11-30T10:00:00Z", "atMs": 61000,
             "behaviours": [{"key": "qualification", "question": "Does the rep ask about budget?", "verdict": "MET",
                             "quote": "What budget have you set aside for this?"}],
             "segments": [{"speaker": "Paul Prospect", "startMs": 52000, "endMs": 60000, "text": "We want it live by spring.", "role": "PROSPECT"},
                          {"speaker": "Dana Reyes", "startMs": 61000, "endMs": 64000, "text": "What budget have you set aside for this?", "role": "REP"}]}""";

    @BeforeEach
    void answers() {
        StubScorecardService.reset();
        StubScorecardService.ANSWERS.put("GET /api/calls/c-88/moments/61000", MOMENT);
    }

    @Test
    void aRepHearsTheExchangeAroundATeammatesMomentWithoutALinkToTheWholeCall() {
        Response page = as("rep-rita", "rep").get("/calls/c-88/moment?t=61");
        String html = page.body().asString();

        assertThat(page.statusCode()).as(html).isEqualTo(200);
        assertThat(html).contains("How Dana Reyes did it", "<strong>Does the rep ask about budget?</strong>",
                "<q>What budget have you set aside for this?</q>", "data-jump-on-load=\"61000\"",
                "<span class=\"speaker\">Paul Prospect:</span> We want it live by spring.")
                .doesNotContain("Open the whole call");
        assertThat(StubScorecardService.RECEIVED).anyMatch(r -> r.startsWith("GET /api/calls/c-88/moments/61000"));
    }

    @Test
    void theCallsOwnRepAndCoachesMayOpenTheWholeCall() {
        assertThat(as("rep-7", "rep").get("/calls/c-88/moment?t=61").body().asString())
                .contains("<a href=\"/calls/c-88?t=61\">Open the whole call</a>");
        assertThat(as("coach-cara", "coach").get("/calls/c-88/moment?t=61").body().asString())
                .contains("<a href=\"/calls/c-88?t=61\">Open the whole call</a>");
    }
}
