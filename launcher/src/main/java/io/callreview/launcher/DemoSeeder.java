package io.callreview.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.devtools.TokenMinter;
import io.callreview.launcher.TranscriptGenerator.Skill;
import java.io.IOException;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;

/**
 * Seeds the running suite through its public APIs, as an admin, a CRM integration, a coach and the reps would:
 * two call types with published starter scorecards, team-east (a strong, an uneven and a novice rep, and their
 * coach) with settings that let nudges through at any hour, and a few weeks of realistic calls per rep. The
 * latest calls are recent, so post-call feedback reaches the inboxes within a minute; the older ones give the
 * profiles a history (the novice never asks who else decides, which the strong rep always does; she becomes a mentor
 * once she has said why it works, in answer to her reflection prompts).
 * Running it again against the same data changes nothing: existing call types, scorecards, calls and plans
 * are left as they are.
 */
public final class DemoSeeder {

    public static final String TEAM = "team-east";
    public static final String COACH = "coach-ana";
    /** The call type whose calls are product demos, graded by the demo starter scorecard. */
    static final String DEMO = "demo";

    /** The users the web app's local sign-in lists ({@code role:user-id[:team]}): the demo's coach, reps and admin. */
    public static final List<String> SIGN_IN_USERS = List.of("coach:" + COACH + ":" + TEAM, "rep:rep-maya:" + TEAM,
            "rep:rep-leo:" + TEAM, "rep:rep-nina:" + TEAM, "admin:admin-1");

    private static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    private static final List<String> PROSPECTS = List.of("Dana Whitfield", "Omar Haddad", "Sofia Lindqvist",
            "Greg Mitchell", "Priya Raman", "Tom Okafor");
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    /** One of the team: who they are, how they sell, and the calls they had (days ago, call type). */
    record DemoRep(String id, String name, String profile, Skill skill, List<PastCall> calls) {
    }

    /** A call {@code daysAgo} days back (0: earlier today), of {@code minutes} minutes. */
    record PastCall(String callType, int daysAgo, int minutes) {
    }

    static final List<DemoRep> TEAM_EAST = List.of(
            new DemoRep("rep-maya", "Maya Chen", "strong: sets the agenda, qualifies, finds the decision makers, closes with a date",
                    new Skill(Map.of("process-steps", 0.95, "qualification", 0.9, "right-people", 1.0, "next-steps", 0.95,
                            "product-coverage", 0.9)),
                    List.of(new PastCall("discovery", 26, 32), new PastCall(DEMO, 22, 45), new PastCall("discovery", 19, 28),
                            new PastCall("discovery", 15, 36), new PastCall(DEMO, 12, 40), new PastCall("discovery", 8, 25),
                            new PastCall("discovery", 4, 30), new PastCall("discovery", 1, 34), new PastCall("discovery", 0, 27))),
            new DemoRep("rep-leo", "Leo Martins", "uneven: opens and presents well, seldom qualifies, often forgets who decides and the next step",
                    Skill.uneven(),
                    List.of(new PastCall("discovery", 25, 30), new PastCall(DEMO, 20, 42), new PastCall("discovery", 16, 24),
                            new PastCall("discovery", 11, 38), new PastCall(DEMO, 6, 44), new PastCall("discovery", 1, 29),
                            new PastCall("discovery", 0, 33))),
            new DemoRep("rep-nina", "Nina Kowalski", "novice: seldom sets an agenda or qualifies, never asks who else decides",
                    Skill.novice(),
                    List.of(new PastCall("discovery", 20, 22), new PastCall("discovery", 13, 26), new PastCall(DEMO, 9, 35),
                            new PastCall("discovery", 5, 31), new PastCall("discovery", 1, 24), new PastCall("discovery", 0, 21))));

    private final LocalSuite suite;
    private final PrintStream out;
    private final ApiClient scorecard;
    private final ApiClient coaching;
    private final ApiClient notification;

    public DemoSeeder(LocalSuite suite) {
        this(suite, System.out);
    }

    public DemoSeeder(LocalSuite suite, PrintStream out) {
        this.suite = suite;
        this.out = out;
        this.scorecard = new ApiClient(suite.service(LocalSuite.SCORECARD).baseUrl());
        this.coaching = new ApiClient(suite.service(LocalSuite.COACHING).baseUrl());
        this.notification = new ApiClient(suite.service(LocalSuite.NOTIFICATION).baseUrl());
    }

    /** Seeds what is missing and returns how many calls were new. */
    public int seed() throws IOException {
        TokenMinter minter = suite.tokenMinter();
        String admin = minter.mint("admin-1", "admin", List.of(), Duration.ofHours(1));
        String crm = minter.mint("crm-demo", "integration", List.of(), Duration.ofHours(1));
        String coach = minter.mint(COACH, "coach", List.of(TEAM), Duration.ofHours(1));
        out.println("Seeding the demo ...");

        ensurePublishedStarter(admin, "discovery", "Discovery call", "First call with a qualified lead: pains, budget, timing, decision makers.");
        ensurePublishedStarter(admin, DEMO, "Product demo", "Showing the product against the pains found in discovery.");
        ensureRoster(admin);

        Map<String, String> repTokens = new LinkedHashMap<>();
        for (DemoRep rep : TEAM_EAST) {
            String token = minter.mint(rep.id(), "rep", List.of(TEAM), Duration.ofHours(12));
            repTokens.put(rep.id(), token);
            notification.put("/api/reps/" + rep.id() + "/preferences", token, Map.of(
                    "channels", Map.of("inbox", true, "email", true, "chat", false),
                    "emailAddress", rep.id().substring(4) + "@example.com", "timeZone", "UTC", "quietHours", "",
                    "workStart", "00:00", "workEnd", "23:59:59", "workDays", EVERY_DAY, "dailyCap", 5)).expect(200);
        }
        awaitScheduleInCoaching(repTokens);

        List<String> created = new ArrayList<>(postCalls(crm));
        int total = TEAM_EAST.stream().mapToInt(r -> r.calls().size()).sum();
        out.printf("  %d calls from the CRM: %d new (accepted for grading), %d stored before%n", total, created.size(), total - created.size());
        postRecordingCall(crm).ifPresent(created::add);
        if (!created.isEmpty()) {
            Map<String, Integer> statuses = awaitGraded(admin, created);
            out.printf("  %d new calls through scorecard-service: %s%n", created.size(), statuses);
        }

        awaitCoachingCaughtUp(coach);
        ensurePlan(coach, "rep-leo", List.of("next-steps"), "Agree a dated next step before hanging up, on every discovery call.");
        awaitInboxes(repTokens);
        printSummary(coach, repTokens);
        return created.size();
    }

    // ---------------------------------------------------------------- call types, scorecards and the roster

    /** The team on the roster as the demo presents it: its reps by name, and its coach, who may then calibrate. */
    private void ensureRoster(String admin) {
        for (DemoRep rep : TEAM_EAST) {
            scorecard.put("/api/roster/reps/" + rep.id(), admin, Map.of("teamId", TEAM, "displayName", rep.name())).expect(200);
        }
        scorecard.put("/api/roster/coaches/" + COACH, admin, Map.of("teams", List.of(TEAM))).expect(200);
    }

    private void ensurePublishedStarter(String admin, String key, String name, String description) {
        scorecard.post("/api/call-types", admin, Map.of("key", key, "name", name, "description", description)).expect(201, 409);
        if (scorecard.get("/api/call-types/" + key + "/scorecards/published", admin).status() == 200) {
            out.printf("  call type %-10s already has a published scorecard%n", key);
            return;
        }
        Integer draft = null;
        for (JsonNode version : scorecard.get("/api/call-types/" + key + "/scorecards", admin).expect(200).json()) {
            if ("DRAFT".equals(version.path("status").asText())) {
                draft = version.get("version").asInt();
            }
        }
        if (draft == null) {
            draft = scorecard.post("/api/call-types/" + key + "/scorecards/starter?template=" + key, admin, null).expect(201).json().get("version").asInt();
        }
        scorecard.post("/api/call-types/" + key + "/scorecards/" + draft + "/publish", admin, null).expect(200);
        out.printf("  call type %-10s starter scorecard published as version %d%n", key, draft);
    }

    // ---------------------------------------------------------------- calls

    /**
     * Posts every rep's calls oldest first, as a CRM would, and returns the ids of the new ones: a new call answers 202
     * (stored, status GRADING: scorecard-service grades it afterwards, in its consumer group); a call posted before
     * answers 200 and stays as it was.
     */
    private List<String> postCalls(String crm) {
        record Planned(DemoRep rep, int index, PastCall call, Instant startedAt) {
        }
        List<Planned> planned = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (DemoRep rep : TEAM_EAST) {
            for (int i = 0; i < rep.calls().size(); i++) {
                PastCall call = rep.calls().get(i);
                planned.add(new Planned(rep, i, call, startOf(call, i, now)));
            }
        }
        planned.sort(Comparator.comparing(Planned::startedAt));
        List<String> created = new ArrayList<>();
        for (Planned p : planned) {
            long seed = (p.rep().id() + "#" + p.index()).hashCode();
            String prospect = PROSPECTS.get(Math.floorMod(seed, PROSPECTS.size()));
            TranscriptGenerator generator = new TranscriptGenerator(seed);
            List<TranscriptGenerator.Segment> segments = DEMO.equals(p.call().callType())
                    ? generator.demo(p.rep().name(), prospect, p.call().minutes(), p.rep().skill())
                    : generator.call(p.rep().name(), prospect, p.call().minutes(), p.rep().skill());
            String externalId = "demo-" + p.rep().id() + "-" + (p.index() + 1);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("externalId", externalId);
            body.put("source", "salesforce");
            body.put("repId", p.rep().id());
            body.put("teamId", TEAM);
            body.put("callType", p.call().callType());
            body.put("startedAt", p.startedAt().toString());
            body.put("durationSeconds", p.call().minutes() * 60);
            body.put("recordingUrl", "https://recordings.example.com/demo/" + externalId + ".mp4");
            body.put("participants", List.of(Map.of("name", p.rep().name(), "role", "rep"), Map.of("name", prospect, "role", "prospect")));
            body.put("transcript", Map.of("format", "webvtt", "content", TranscriptGenerator.toWebVtt(segments)));
            ApiClient.Reply reply = scorecard.post("/api/calls", crm, body).expect(202, 200);
            if (reply.status() == 202) {
                created.add(reply.json().get("id").asText());
            }
        }
        return created;
    }

    /**
     * Older calls on working days at office hours (UTC), the {@code daysAgo == 0} call ending half an hour ago and
     * yesterday's a day before that, so both are recent enough for post-call feedback.
     */
    private static Instant startOf(PastCall call, int index, Instant now) {
        Duration length = Duration.ofMinutes(call.minutes());
        if (call.daysAgo() <= 1) {
            return now.minus(Duration.ofDays(call.daysAgo())).minus(length).minus(Duration.ofMinutes(30));
        }
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(call.daysAgo());
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day.atTime(LocalTime.of(9 + index % 7, 0)).toInstant(ZoneOffset.UTC);
    }

    /**
     * A call that arrives as a recording only (as from a dialer), made and served on this machine when espeak-ng and
     * ffmpeg are installed: scorecard-service downloads it, transcribes each channel offline (pocketsphinx) and
     * grades it. Answers its id when it is new.
     */
    private Optional<String> postRecordingCall(String crm) throws IOException {
        Optional<DemoRecording> recording = DemoRecording.serve();
        if (recording.isEmpty()) {
            out.println("  no recording-only call: install espeak-ng, ffmpeg, pocketsphinx and pocketsphinx-en-us to see one transcribed");
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", "demo-recording-1");
        body.put("source", "salesforce");
        body.put("repId", "rep-maya");
        body.put("teamId", TEAM);
        body.put("callType", "discovery");
        body.put("startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5)).toString());
        body.put("durationSeconds", DemoRecording.SECONDS);
        body.put("recordingUrl", recording.get().url());
        body.put("participants", List.of(Map.of("name", "Maya Chen", "role", "rep"), Map.of("name", "Paul Ortiz", "role", "prospect")));
        ApiClient.Reply reply = scorecard.post("/api/calls", crm, body).expect(202, 200);
        out.printf("  1 recording-only call (%s): %s%n", reply.json().get("id").asText(),
                reply.status() == 202 ? "accepted for transcription, then grading" : "stored before");
        return reply.status() == 202 ? Optional.of(reply.json().get("id").asText()) : Optional.empty();
    }

    /**
     * Waits until scorecard-service has graded each call: its status leaves TRANSCRIBING and GRADING (then CallScored
     * is on its way), or the recording could not be transcribed, or the call had no conversation to grade (speech
     * recognition may make little of the demo's synthetic voices). Answers how many calls ended in each status.
     */
    private Map<String, Integer> awaitGraded(String admin, List<String> callIds) {
        Map<String, Integer> statuses = new TreeMap<>();
        for (String callId : callIds) {
            String[] settled = new String[1];
            await("scorecard-service to grade call " + callId, () -> {
                ApiClient.Reply call = scorecard.get("/api/calls/" + callId, admin);
                String status = call.json().path("status").asText();
                settled[0] = status;
                return call.status() == 200 && !"GRADING".equals(status) && !"TRANSCRIBING".equals(status);
            });
            statuses.merge(settled[0], 1, Integer::sum);
        }
        return statuses;
    }

    // ---------------------------------------------------------------- coaching

    /** notification-service owns the reps' working hours; coaching follows by event, before the calls arrive. */
    private void awaitScheduleInCoaching(Map<String, String> repTokens) {
        for (Map.Entry<String, String> rep : repTokens.entrySet()) {
            await("coaching-service to take in the working hours of " + rep.getKey(), () -> {
                ApiClient.Reply settings = coaching.get("/api/reps/" + rep.getKey() + "/settings", rep.getValue());
                return settings.status() == 200 && settings.json().path("workEnd").asText().startsWith("23:59:59");
            });
        }
    }

    private void awaitCoachingCaughtUp(String coach) {
        for (DemoRep rep : TEAM_EAST) {
            await("coaching-service to take in the calls of " + rep.id(), () -> {
                ApiClient.Reply profile = coaching.get("/api/reps/" + rep.id() + "/profile", coach);
                return profile.status() == 200 && profile.json().path("scoredCalls").asInt() >= rep.calls().size();
            });
        }
    }

    private void ensurePlan(String coach, String repId, List<String> focus, String notes) {
        ApiClient.Reply plans = coaching.get("/api/plans?repId=" + repId + "&status=ACTIVE", coach).expect(200);
        if (!plans.json().isEmpty()) {
            out.printf("  %s already has an active coaching plan%n", repId);
            return;
        }
        coaching.post("/api/plans", coach, Map.of("repId", repId, "focusBehaviours", focus, "targetAdherence", 0.8,
                "reviewDate", LocalDate.now(ZoneOffset.UTC).plusWeeks(4).toString(), "notes", notes)).expect(201, 409);
        out.printf("  coach %s put %s on a coaching plan: %s%n", COACH, repId, String.join(", ", focus));
    }

    // ---------------------------------------------------------------- what the team sees

    private void awaitInboxes(Map<String, String> repTokens) {
        for (Map.Entry<String, String> rep : repTokens.entrySet()) {
            await("a nudge in the inbox of " + rep.getKey(), () ->
                    notification.get("/api/reps/" + rep.getKey() + "/inbox", rep.getValue()).json().path("total").asInt() > 0);
        }
    }

    private void printSummary(String coach, Map<String, String> repTokens) {
        out.println();
        out.println("Demo team " + TEAM + " (coach " + COACH + "):");
        for (DemoRep rep : TEAM_EAST) {
            JsonNode profile = coaching.get("/api/reps/" + rep.id() + "/profile", coach).expect(200).json();
            JsonNode inbox = notification.get("/api/reps/" + rep.id() + "/inbox", repTokens.get(rep.id())).expect(200).json();
            out.printf("  %-9s %s, %s%n", rep.id(), rep.name(), rep.profile());
            List<String> focus = new ArrayList<>();
            profile.path("focusBehaviours").forEach(key -> focus.add(key.asText()));
            out.printf("            %d scored calls, focus: %s, %d nudges in the inbox (%d unread)%n",
                    profile.path("scoredCalls").asInt(), focus.isEmpty() ? "none" : String.join(", ", focus),
                    inbox.path("total").asInt(), inbox.path("unread").asInt());
            for (JsonNode behaviour : profile.path("behaviours")) {
                JsonNode diagnosis = behaviour.path("diagnosis");
                if (!"NONE".equals(diagnosis.path("approach").asText())) {
                    out.printf("            %-16s %-9s %s%n", behaviour.path("behaviourKey").asText(), diagnosis.path("approach").asText(),
                            diagnosis.path("mentor").isObject() ? "mentor: " + diagnosis.path("mentor").path("repId").asText() : "");
                }
            }
        }
        out.println();
        out.println("Try it (tokens are valid 12 hours; more with deploy/local/token.sh):");
        out.println("  REP=$(deploy/local/token.sh rep rep-nina " + TEAM + ")");
        out.println("  COACH=$(deploy/local/token.sh coach " + COACH + " " + TEAM + ")");
        out.println("  curl -s localhost:8083/api/reps/rep-nina/inbox -H \"Authorization: Bearer $REP\"        # Nina's nudges");
        out.println("  curl -s localhost:8082/api/reps/rep-nina/profile -H \"Authorization: Bearer $REP\"      # stages, diagnoses, actions");
        out.println("  curl -s localhost:8082/api/teams/" + TEAM + "/profile -H \"Authorization: Bearer $COACH\"   # the team as the coach sees it");
        out.println("  curl -s \"localhost:8081/api/calls?teamId=" + TEAM + "\" -H \"Authorization: Bearer $COACH\"  # graded calls, newest first");
        out.println("Emails go to the mock mailer: " + suite.service(LocalSuite.NOTIFICATION).log());
        out.println();
    }

    /** Polls {@code done} every second until it holds; a busy service's errors count as "not yet". */
    private static void await(String what, Callable<Boolean> done) {
        Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(done);
    }
}
