package io.callreview.loadtest.faults;

import io.callreview.launcher.ApiClient;
import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.TranscriptGenerator;
import io.callreview.launcher.WebhookSigner;
import io.callreview.loadtest.suite.PlannedCall;
import io.callreview.loadtest.suite.Quiescence;
import io.callreview.loadtest.suite.Rep;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * A corpus of malformed and hostile requests against every service: invalid JSON, wrong types, huge fields, invalid
 * UTF-8, WebVTT with broken timestamps, webhook signatures off by one byte (on each webhook), bodies over the size
 * limit. Each must be refused with a 4xx (never a 5xx, never accepted), and the databases must hold nothing from
 * them: every table's row count is the same before and after.
 */
final class BadInputCorpus implements Scenario {

    private record Case(String name, String service, String method, String path, String token, Map<String, String> headers, byte[] body) {
    }

    private record Answer(Case request, RawHttp.Reply reply) {
        boolean ok() {
            return reply.status() >= 400 && reply.status() < 500;
        }
    }

    @Override
    public String name() {
        return "bad-input";
    }

    @Override
    public String fault() {
        return "malformed and hostile requests: invalid JSON, every field of a call in every wrong JSON type, huge fields, invalid UTF-8, broken VTT timestamps,"
                + " signatures off by one byte on each webhook, oversize bodies";
    }

    @Override
    public String invariant() {
        return "each gets a 4xx, none a 5xx; row counts of every table in the three databases unchanged";
    }

    @Override
    public Verdict run(SuiteUnderTest suite) throws Exception {
        CallTraffic traffic = new CallTraffic(suite, 2, Roster.Channels.inboxOnly());
        Rep rep = traffic.reps.get(0);
        String admin = suite.adminToken();
        ApiClient scorecard = suite.scorecard();
        scorecard.put("/api/integrations/hubspot/settings", admin, Map.of("defaultCallType", "discovery", "topicRules", List.of())).expect(200);
        scorecard.put("/api/integrations/hubspot/identities/owner-4711", admin, Map.of("repId", rep.id(), "teamId", rep.teamId(),
                "displayName", rep.name())).expect(200);
        scorecard.put("/api/integrations/zoom/settings", admin, Map.of("defaultCallType", "discovery", "topicRules", List.of())).expect(200);
        scorecard.put("/api/integrations/zoom/identities/" + rep.id() + "@example.com", admin, Map.of("repId", rep.id(),
                "teamId", rep.teamId(), "displayName", rep.name())).expect(200);
        String busy = new Quiescence(suite).await(CallTraffic.PATIENCE);
        if (busy != null) {
            return Verdict.of(false, "the suite did not settle before the corpus: " + busy);
        }

        List<Case> corpus = corpus(suite, traffic, rep);
        Map<String, Long> before = suite.sql().rowCounts();
        RawHttp http = new RawHttp(Duration.ofSeconds(60));
        List<Answer> answers = new ArrayList<>();
        for (Case request : corpus) {
            String url = suite.service(request.service()).baseUrl() + request.path();
            answers.add(new Answer(request, http.send(request.method(), url, request.token(), request.headers(), request.body())));
        }
        Thread.sleep(3_000);
        String settled = new Quiescence(suite).await(CallTraffic.PATIENCE);
        Map<String, Long> after = suite.sql().rowCounts();

        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + count);
            }
        });
        for (Answer answer : answers) {
            CallTraffic.OUT.printf("    %-4s %-58s %s%n", answer.ok() ? "ok" : "BAD", answer.request().name(), answer.reply());
        }
        long fourXx = answers.stream().filter(Answer::ok).count();
        long fiveXx = answers.stream().filter(a -> a.reply().status() >= 500).count();
        long accepted = answers.stream().filter(a -> a.reply().status() > 0 && a.reply().status() < 400).count();
        long unanswered = answers.stream().filter(a -> a.reply().status() == 0).count();
        long problemJson = answers.stream().filter(a -> a.ok() && a.reply().problemJson()).count();
        if (!changed.isEmpty()) {
            CallTraffic.OUT.println("    tables changed: " + changed);
        }
        String evidence = answers.size() + " bad requests: " + fourXx + " got a 4xx (" + problemJson + " as problem+json), "
                + fiveXx + " a 5xx, " + accepted + " accepted, " + unanswered + " unanswered; " + before.size() + " tables, "
                + changed.size() + " changed" + (settled == null ? "" : "; not settled: " + settled);
        return Verdict.of(fourXx == answers.size() && changed.isEmpty() && settled == null, evidence);
    }

    // ---------------------------------------------------------------- the corpus

    private List<Case> corpus(SuiteUnderTest suite, CallTraffic traffic, Rep rep) {
        String crm = suite.integrationToken();
        List<Case> cases = new ArrayList<>();
        PlannedCall valid = traffic.call(rep);
        String body = new String(valid.body(), StandardCharsets.UTF_8);
        Function<String, String> field = name -> "\"" + name + "\":";

        // invalid JSON
        cases.add(call("invalid JSON: body cut in half", crm, body.substring(0, body.length() / 2)));
        cases.add(call("invalid JSON: trailing comma", crm, body.substring(0, body.length() - 1) + ",}"));
        cases.add(call("invalid JSON: not JSON at all", crm, "this is not a call"));
        cases.add(call("invalid JSON: empty body", crm, ""));
        cases.add(call("invalid JSON: an array instead of an object", crm, "[]"));
        cases.add(call("invalid JSON: nested 10,000 deep", crm, "{\"externalId\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
        // wrong types
        cases.add(call("wrong type: durationSeconds is text", crm, replaceValue(body, "durationSeconds", "\"forty minutes\"")));
        cases.add(call("wrong type: participants is a string", crm, body.replaceFirst(field.apply("participants") + "\\[[^\\]]*\\]",
                field.apply("participants") + "\"Rita and Paul\"")));
        cases.add(call("wrong type: startedAt is not a date", crm, body.replaceFirst(field.apply("startedAt") + "\"[^\"]*\"",
                field.apply("startedAt") + "\"yesterday afternoon\"")));
        cases.add(call("wrong type: transcript.format unknown", crm, body.replaceFirst("\"format\":\"[a-z]+\"", "\"format\":\"mp3\"")));
        cases.add(call("wrong type: externalId is an object", crm, body.replaceFirst(field.apply("externalId") + "\"[^\"]*\"",
                field.apply("externalId") + "{\"id\":1}")));
        cases.add(call("wrong type: segment startMs is text", crm, segmentsCall(rep, "{\"speaker\":\"" + rep.name()
                + "\",\"startMs\":\"soon\",\"endMs\":5000,\"text\":\"What budget have you set aside?\"}")));
        WrongJsonTypes.of(body).forEach((name, wrong) -> cases.add(call("wrong type: " + name, crm, wrong)));
        WrongJsonTypes.of(segmentsCall(rep, "{\"speaker\":\"" + rep.name() + "\",\"startMs\":0,\"endMs\":5000,"
                + "\"text\":\"What budget have you set aside?\"}")).forEach((name, wrong) -> cases.add(call("wrong type: " + name, crm, wrong)));
        cases.add(call("wrong value: segment ends before it starts", crm, segmentsCall(rep, "{\"speaker\":\"" + rep.name()
                + "\",\"startMs\":9000,\"endMs\":1000,\"text\":\"What budget have you set aside?\"}")));
        // huge fields
        cases.add(call("huge field: externalId of 10,000 characters", crm, body.replaceFirst(field.apply("externalId") + "\"[^\"]*\"",
                field.apply("externalId") + "\"" + "x".repeat(10_000) + "\"")));
        cases.add(call("huge field: repId of 1,000,000 characters", crm, body.replaceFirst(field.apply("repId") + "\"[^\"]*\"",
                field.apply("repId") + "\"" + "r".repeat(1_000_000) + "\"")));
        cases.add(call("huge field: segment text of 150,000 characters", crm, segmentsCall(rep, "{\"speaker\":\"" + rep.name()
                + "\",\"startMs\":0,\"endMs\":5000,\"text\":\"" + "word ".repeat(30_000) + "\"}")));
        cases.add(call("huge field: transcript of 70,000 words", crm, textCall(rep, (rep.name() + ": " + "budget timeline decision ".repeat(10) + "\n").repeat(2_400))));
        cases.add(call("huge field: 60 participants", crm, body.replaceFirst(field.apply("participants") + "\\[[^\\]]*\\]",
                field.apply("participants") + "[" + String.join(",", java.util.Collections.nCopies(60, "{\"name\":\"P\",\"role\":\"prospect\"}")) + "]")));
        // invalid UTF-8
        cases.add(rawCall("invalid UTF-8 in repId", crm, spliceBytes(body, field.apply("repId") + "\"", new byte[] {(byte) 0xC3, 0x28})));
        cases.add(rawCall("invalid UTF-8 in the transcript", crm, spliceBytes(vttCall(rep, "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n"
                + rep.name() + ": Hello there.\n"), "Hello", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80})));
        // broken WebVTT
        cases.add(call("VTT: timestamp with letters", crm, vttCall(rep, "WEBVTT\n\n00:00:xx.000 --> 00:00:05.000\n" + rep.name() + ": Hello there.\n")));
        cases.add(call("VTT: cue ends before it starts", crm, vttCall(rep, "WEBVTT\n\n00:05:00.000 --> 00:01:00.000\n" + rep.name() + ": Hello there.\n")));
        cases.add(call("VTT: minutes out of range", crm, vttCall(rep, "WEBVTT\n\n00:99:00.000 --> 00:99:05.000\n" + rep.name() + ": Hello there.\n")));
        cases.add(call("VTT: no WEBVTT header", crm, vttCall(rep, "00:00:01.000 --> 00:00:05.000\n" + rep.name() + ": Hello there.\n")));
        cases.add(call("VTT: arrow but no end time", crm, vttCall(rep, "WEBVTT\n\n00:00:01.000 -->\n" + rep.name() + ": Hello there.\n")));
        // oversize
        cases.add(call("oversize: 5 MiB body", crm, body.replaceFirst(field.apply("recordingUrl") + "\"[^\"]*\"",
                field.apply("recordingUrl") + "\"https://r.example.com/" + "a".repeat(5 * 1024 * 1024) + "\"")));

        webhookCases(suite, rep, valid, cases);
        otherServiceCases(suite, rep, cases);
        return cases;
    }

    private void webhookCases(SuiteUnderTest suite, Rep rep, PlannedCall valid, List<Case> cases) {
        long nowMs = Instant.now().toEpochMilli();
        long nowS = nowMs / 1000;
        String hubSpotUri = suite.service(LocalSuite.SCORECARD).baseUrl() + WebhookSigner.HUBSPOT_PATH;
        String hubSpotSecret = suite.secret("HUBSPOT_CLIENT_SECRET");
        String zoomSecret = suite.secret("ZOOM_WEBHOOK_SECRET_TOKEN");
        String genericSecret = suite.secret("CALL_WEBHOOK_SECRET");

        byte[] hubSpot = hubSpotEvent(rep);
        Map<String, String> hubSpotHeaders = WebhookSigner.hubSpot(hubSpotSecret, hubSpotUri, hubSpot, nowMs);
        cases.add(webhook("HubSpot: signature off by one byte", WebhookSigner.HUBSPOT_PATH,
                spoilBase64(hubSpotHeaders, "X-HubSpot-Signature-v3"), hubSpot));
        cases.add(webhook("HubSpot: body off by one byte after signing", WebhookSigner.HUBSPOT_PATH, hubSpotHeaders, spoil(hubSpot)));
        byte[] hubSpotBroken = RawHttp.utf8("[{\"eventId\": 1, \"objectId\": ");
        cases.add(webhook("HubSpot: signed, invalid JSON", WebhookSigner.HUBSPOT_PATH,
                WebhookSigner.hubSpot(hubSpotSecret, hubSpotUri, hubSpotBroken, nowMs), hubSpotBroken));
        byte[] hubSpotInvalidUtf8 = spliceBytes(new String(hubSpotEvent(rep), StandardCharsets.UTF_8), "\"hs_call_title\":\"",
                new byte[] {(byte) 0xE2, (byte) 0x28, (byte) 0xA1});
        cases.add(webhook("HubSpot: signed, invalid UTF-8", WebhookSigner.HUBSPOT_PATH,
                WebhookSigner.hubSpot(hubSpotSecret, hubSpotUri, hubSpotInvalidUtf8, nowMs), hubSpotInvalidUtf8));
        byte[] hubSpotWrongType = RawHttp.utf8("[{\"eventId\": \"one\", \"objectId\": {\"a\": 1}, \"properties\": \"none\"}]");
        cases.add(webhook("HubSpot: signed, wrong types", WebhookSigner.HUBSPOT_PATH,
                WebhookSigner.hubSpot(hubSpotSecret, hubSpotUri, hubSpotWrongType, nowMs), hubSpotWrongType));

        byte[] zoom = zoomEvent(rep);
        Map<String, String> zoomHeaders = WebhookSigner.zoom(zoomSecret, zoom, nowS);
        cases.add(webhook("Zoom: signature off by one byte", WebhookSigner.ZOOM_PATH, spoilHex(zoomHeaders, "x-zm-signature", "v0="), zoom));
        cases.add(webhook("Zoom: body off by one byte after signing", WebhookSigner.ZOOM_PATH, zoomHeaders, spoil(zoom)));
        byte[] zoomInvalidUtf8 = spliceBytes(new String(zoomEvent(rep), StandardCharsets.UTF_8), "\"topic\": \"", new byte[] {(byte) 0xC0, (byte) 0xAF});
        cases.add(webhook("Zoom: signed, invalid UTF-8", WebhookSigner.ZOOM_PATH, WebhookSigner.zoom(zoomSecret, zoomInvalidUtf8, nowS), zoomInvalidUtf8));
        byte[] zoomBrokenVtt = RawHttp.utf8(new String(zoomEvent(rep), StandardCharsets.UTF_8).replace("00:00:01.000 --> 00:00:05.000", "00:00:0x.000 --> 00:00:05.000"));
        cases.add(webhook("Zoom: signed, VTT with a broken timestamp", WebhookSigner.ZOOM_PATH,
                WebhookSigner.zoom(zoomSecret, zoomBrokenVtt, nowS), zoomBrokenVtt));

        byte[] generic = valid.body();
        Map<String, String> genericHeaders = WebhookSigner.generic(genericSecret, generic, nowS);
        cases.add(webhook("signed webhook: signature off by one byte", WebhookSigner.SIGNED_PATH,
                spoilHex(genericHeaders, "X-Signature", ""), generic));
        cases.add(webhook("signed webhook: body off by one byte after signing", WebhookSigner.SIGNED_PATH, genericHeaders, spoil(generic)));
        byte[] genericWrongType = RawHttp.utf8(replaceValue(new String(generic, StandardCharsets.UTF_8), "durationSeconds", "\"long\""));
        cases.add(webhook("signed webhook: signed, wrong types", WebhookSigner.SIGNED_PATH,
                WebhookSigner.generic(genericSecret, genericWrongType, nowS), genericWrongType));
        byte[] genericInvalidUtf8 = spliceBytes(new String(generic, StandardCharsets.UTF_8), "\"teamId\":\"", new byte[] {(byte) 0x80});
        cases.add(webhook("signed webhook: signed, invalid UTF-8", WebhookSigner.SIGNED_PATH,
                WebhookSigner.generic(genericSecret, genericInvalidUtf8, nowS), genericInvalidUtf8));
        byte[] genericOld = generic;
        cases.add(webhook("signed webhook: signed 10 minutes ago (replay)", WebhookSigner.SIGNED_PATH,
                WebhookSigner.generic(genericSecret, genericOld, nowS - 600), genericOld));
        byte[] oversize = RawHttp.utf8("{\"externalId\": \"" + "o".repeat(5 * 1024 * 1024) + "\"}");
        cases.add(webhook("signed webhook: signed, 5 MiB body", WebhookSigner.SIGNED_PATH,
                WebhookSigner.generic(genericSecret, oversize, nowS), oversize));
    }

    private void otherServiceCases(SuiteUnderTest suite, Rep rep, List<Case> cases) {
        String settings = "/api/reps/" + rep.id() + "/settings";
        String preferences = "/api/reps/" + rep.id() + "/preferences";
        String coach = suite.coachToken("coach-corpus", List.of(rep.teamId()));
        cases.add(new Case("coaching settings (moved to notification preferences): invalid JSON", LocalSuite.COACHING, "PUT", settings,
                rep.token(), Map.of(), RawHttp.utf8("{\"timeZone\": \"UTC\", ")));
        cases.add(new Case("notification preferences: working hours of wrong types", LocalSuite.NOTIFICATION, "PUT", preferences, rep.token(),
                Map.of(), RawHttp.utf8("{\"timeZone\": 5, \"workStart\": \"early\", \"workEnd\": 17, \"workDays\": \"weekdays\"}")));
        cases.add(new Case("notification preferences: unknown time zone, hours ending before they start, no day", LocalSuite.NOTIFICATION,
                "PUT", preferences, rep.token(), Map.of(), RawHttp.utf8("{\"timeZone\": \"Mars/Olympus\", \"workStart\": \"18:00\","
                        + " \"workEnd\": \"09:00\", \"workDays\": []}")));
        cases.add(new Case("coaching plan: huge notes, invalid UTF-8", LocalSuite.COACHING, "POST", "/api/plans", coach, Map.of(),
                spliceBytes("{\"repId\": \"" + rep.id() + "\", \"focusBehaviours\": [\"next-steps\"], \"targetAdherence\": 0.8,"
                        + " \"reviewDate\": \"2030-01-01\", \"notes\": \"" + "n".repeat(200_000) + "\"}", "\"notes\": \"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
        cases.add(new Case("coaching plan: wrong types", LocalSuite.COACHING, "POST", "/api/plans", coach, Map.of(),
                RawHttp.utf8("{\"repId\": [1], \"focusBehaviours\": \"all\", \"targetAdherence\": \"high\", \"reviewDate\": \"soon\"}")));
        cases.add(new Case("notification preferences: invalid UTF-8", LocalSuite.NOTIFICATION, "PUT", preferences, rep.token(), Map.of(),
                spliceBytes("{\"channels\": {\"inbox\": true}, \"timeZone\": \"UTC\", \"quietHours\": \"\"}", "\"timeZone\": \"", new byte[] {(byte) 0xF8, (byte) 0x88})));
        cases.add(new Case("notification preferences: wrong types", LocalSuite.NOTIFICATION, "PUT", preferences, rep.token(), Map.of(),
                RawHttp.utf8("{\"channels\": \"all\", \"dailyCap\": \"lots\", \"quietHours\": 22}")));
        cases.add(new Case("notification preferences: chat webhook with credentials", LocalSuite.NOTIFICATION, "PUT", preferences, rep.token(), Map.of(),
                RawHttp.utf8("{\"channels\": {\"inbox\": true, \"chat\": true}, \"chatWebhookUrl\": \"http://user:pw@hooks.example.com/x\"}")));
        cases.add(new Case("notification preferences: 5 MiB body", LocalSuite.NOTIFICATION, "PUT", preferences, rep.token(), Map.of(),
                RawHttp.utf8("{\"emailAddress\": \"" + "e".repeat(5 * 1024 * 1024) + "@example.com\"}")));
        cases.add(new Case("notification response: unknown kind", LocalSuite.NOTIFICATION, "POST",
                "/api/reps/" + rep.id() + "/inbox/nudge-" + UUID.randomUUID() + "/response", rep.token(), Map.of(),
                RawHttp.utf8("{\"kind\": \"MAYBE\", \"selfAssessment\": 42}")));
    }

    // ---------------------------------------------------------------- helpers

    private static Case call(String name, String token, String body) {
        return rawCall(name, token, RawHttp.utf8(body));
    }

    private static Case rawCall(String name, String token, byte[] body) {
        return new Case(name, LocalSuite.SCORECARD, "POST", "/api/calls", token, Map.of(), body);
    }

    private static Case webhook(String name, String path, Map<String, String> headers, byte[] body) {
        return new Case(name, LocalSuite.SCORECARD, "POST", path, null, headers, body);
    }

    private static String replaceValue(String json, String name, String value) {
        return json.replaceFirst("\"" + name + "\":[^,}]*", "\"" + name + "\":" + value);
    }

    /** {@code text} with {@code bytes} inserted right after the first {@code marker}. */
    private static byte[] spliceBytes(String text, String marker, byte[] bytes) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("no " + marker + " in the body");
        }
        byte[] head = text.substring(0, at + marker.length()).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(bytes);
        out.writeBytes(tail);
        return out.toByteArray();
    }

    /** The same bytes with one of them changed, in the middle. */
    private static byte[] spoil(byte[] body) {
        byte[] copy = body.clone();
        int at = copy.length / 2;
        copy[at] = (byte) (copy[at] == 'a' ? 'b' : 'a');
        return copy;
    }

    private static Map<String, String> spoilBase64(Map<String, String> headers, String name) {
        byte[] signature = Base64.getDecoder().decode(headers.get(name));
        signature[signature.length / 2] ^= 0x01;
        Map<String, String> spoiled = new LinkedHashMap<>(headers);
        spoiled.put(name, Base64.getEncoder().encodeToString(signature));
        return spoiled;
    }

    private static Map<String, String> spoilHex(Map<String, String> headers, String name, String prefix) {
        byte[] signature = HexFormat.of().parseHex(headers.get(name).substring(prefix.length()));
        signature[signature.length / 2] ^= 0x01;
        Map<String, String> spoiled = new LinkedHashMap<>(headers);
        spoiled.put(name, prefix + HexFormat.of().formatHex(signature));
        return spoiled;
    }

    private static Map<String, Object> callBase(Rep rep) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", "corpus-" + UUID.randomUUID());
        body.put("source", "salesforce");
        body.put("repId", rep.id());
        body.put("teamId", rep.teamId());
        body.put("callType", "discovery");
        body.put("startedAt", Instant.now().minus(40, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("durationSeconds", 1800);
        body.put("participants", List.of(Map.of("name", rep.name(), "role", "rep"), Map.of("name", "Paul Prospect", "role", "prospect")));
        return body;
    }

    private static String segmentsCall(Rep rep, String segmentJson) {
        Map<String, Object> body = callBase(rep);
        body.put("transcript", Map.of("format", "segments", "segments", List.of()));
        return ApiClient.json(body).replace("\"segments\":[]", "\"segments\":[" + segmentJson + "]");
    }

    private static String vttCall(Rep rep, String vtt) {
        Map<String, Object> body = callBase(rep);
        body.put("transcript", Map.of("format", "webvtt", "content", vtt));
        return ApiClient.json(body);
    }

    private static String textCall(Rep rep, String text) {
        Map<String, Object> body = callBase(rep);
        body.put("transcript", Map.of("format", "text", "content", text));
        return ApiClient.json(body);
    }

    private static byte[] hubSpotEvent(Rep rep) {
        long objectId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        List<TranscriptGenerator.Segment> segments = new TranscriptGenerator(3).call(rep.name(), "Paul Prospect", 20, rep.skill());
        Map<String, Object> event = Map.of("eventId", objectId, "portalId", 62515, "subscriptionType", "object.creation", "objectId", objectId,
                "occurredAt", Instant.now().toEpochMilli(),
                "properties", Map.of("hubspot_owner_id", "owner-4711", "hs_call_title", "Acme - discovery call",
                        "hs_timestamp", Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "hs_call_duration", String.valueOf(20 * 60_000)),
                "participants", List.of(Map.of("name", rep.name(), "role", "rep"), Map.of("name", "Paul Prospect", "role", "prospect")),
                "transcript", Map.of("format", "segments", "segments", segments));
        return RawHttp.utf8(ApiClient.json(List.of(event)));
    }

    private static byte[] zoomEvent(Rep rep) {
        String vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.000\n" + rep.name() + ": What budget have you set aside for this?\n\n"
                + "2\n00:00:06.000 --> 00:00:09.000\nPaul Prospect: About fifty thousand.\n";
        String start = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        String json = "{\"event\": \"recording.transcript_completed\", \"event_ts\": " + Instant.now().toEpochMilli() + ", \"payload\": {"
                + "\"account_id\": \"AAAA\", \"object\": {\"uuid\": \"" + UUID.randomUUID() + "\", \"id\": 81234567890,"
                + " \"host_id\": \"host-x1\", \"host_email\": \"" + rep.id() + "@example.com\", \"topic\": \"Acme discovery\","
                + " \"start_time\": \"" + start + "\", \"duration\": 20, \"recording_files\": [{\"id\": \"f-1\", \"file_type\": \"TRANSCRIPT\","
                + " \"file_extension\": \"VTT\", \"content\": " + ApiClient.json(vtt) + "}]}}}";
        return RawHttp.utf8(json);
    }
}
