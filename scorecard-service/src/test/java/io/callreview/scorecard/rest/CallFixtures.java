package io.callreview.scorecard.rest;

import io.callreview.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A call type with a published four-behaviour discovery scorecard, and call bodies to grade against it. */
public final class CallFixtures {

    private CallFixtures() {
    }

    /** Creates a call type and publishes its scorecard through the API; returns the key. */
    public static String publishedDiscoveryType() {
        String type = ScorecardFixtures.newCallType();
        List<Map<String, Object>> behaviours = List.of(
                behaviour("qualification", "QUALIFICATION", 2, false, false,
                        rule(List.of("budget", "timeline", "decision process"), "REP", Map.of("fromPct", 0, "toPct", 100), true, 2, null)),
                behaviour("next-steps", "NEXT_STEPS", 2, true, false,
                        rule(List.of("next step", "calendar invite"), "REP", Map.of("fromPct", 80, "toPct", 100), false, 1, null)),
                behaviour("agenda", "PROCESS_STEPS", 1, false, false,
                        rule(List.of("agenda"), "REP", Map.of("fromPct", 0, "toPct", 100, "firstMinutes", 5), false, 1, null)),
                behaviour("objection-handling", "OBJECTION_HANDLING", 1, false, true,
                        rule(List.of("understand your concern"), "REP", Map.of("fromPct", 0, "toPct", 100), false, 1,
                                Map.of("phrases", List.of("too expensive"), "speaker", "PROSPECT"))));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("behaviours", behaviours))
                .post("/api/call-types/" + type + "/scorecards").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin())
                .post("/api/call-types/" + type + "/scorecards/1/publish").then().statusCode(200);
        return type;
    }

    private static Map<String, Object> behaviour(String key, String category, double weight, boolean critical,
                                                 boolean naAllowed, Map<String, Object> detection) {
        return Map.of("key", key, "question", "Does the rep do " + key + "?", "category", category, "weight", weight,
                "critical", critical, "naAllowed", naAllowed, "detection", detection);
    }

    private static Map<String, Object> rule(List<String> phrases, String speaker, Map<String, Object> window,
                                            boolean question, int minCount, Map<String, Object> applicableWhen) {
        Map<String, Object> rule = new HashMap<>(Map.of("phrases", phrases, "speaker", speaker, "window", window,
                "question", question, "minCount", minCount));
        if (applicableWhen != null) {
            rule.put("applicableWhen", applicableWhen);
        }
        return rule;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /**
     * A 30-minute discovery call in JSON segments: the rep sets an agenda, asks about budget ("budgeted") and
     * timeline, and closes with a next step in the last minutes. No objection is raised.
     */
    public static List<Map<String, Object>> goodCallSegments() {
        List<Map<String, Object>> segments = new ArrayList<>();
        segments.add(segment("Rita Rep", 0, 20_000, "Hi Paul, thanks for joining. Here is the agenda for today."));
        segments.add(segment("Paul Prospect", 21_000, 30_000, "Sounds good to me."));
        segments.add(segment("Rita Rep", 120_000, 130_000, "How much have you budgeted for this project?"));
        segments.add(segment("Paul Prospect", 131_000, 140_000, "About fifty thousand."));
        segments.add(segment("Rita Rep", 600_000, 610_000, "And what timeline are you working towards?"));
        segments.add(segment("Paul Prospect", 611_000, 640_000, "We want to go live in the spring."));
        segments.add(segment("Rita Rep", 1_700_000, 1_720_000, "Great. The next step is a demo with your team on Thursday."));
        segments.add(segment("Paul Prospect", 1_721_000, 1_730_000, "Perfect, see you then."));
        return segments;
    }

    public static Map<String, Object> segment(String speaker, long startMs, long endMs, String text) {
        return Map.of("speaker", speaker, "startMs", startMs, "endMs", endMs, "text", text);
    }

    public static List<Map<String, Object>> participants() {
        return List.of(Map.of("name", "Rita Rep", "role", "rep"), Map.of("name", "paul  prospect", "role", "prospect"));
    }

    public static Map<String, Object> call(String type, String repId, String teamId, Map<String, Object> transcript) {
        Map<String, Object> call = new HashMap<>();
        call.put("externalId", unique("crm-call"));
        call.put("source", "testcrm");
        call.put("repId", repId);
        call.put("teamId", teamId);
        call.put("callType", type);
        call.put("startedAt", "2026-03-02T15:00:00Z");
        call.put("durationSeconds", 1800);
        call.put("recordingUrl", "https://recordings.example.com/call.mp4");
        call.put("participants", participants());
        call.put("transcript", transcript);
        return call;
    }

    public static Map<String, Object> segmentsTranscript(List<Map<String, Object>> segments) {
        return Map.of("format", "segments", "segments", segments);
    }
}
