package io.callreview.loadtest.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.launcher.ApiClient;
import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.ServiceProcess;
import io.callreview.loadtest.suite.CallStream;
import io.callreview.loadtest.suite.NudgeAudit;
import io.callreview.loadtest.suite.PlannedCall;
import io.callreview.loadtest.suite.Quiescence;
import io.callreview.loadtest.suite.Rep;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls arrive as recordings only, transcribed by an OpenAI-compatible server ({@link WhisperStandIn}) that goes down
 * for 30 seconds while recordings keep coming, then comes back; meanwhile scorecard-service itself is killed and
 * restarted. It must retry with backoff rather than give up, and pick up after the crash what it had not finished: every recording is transcribed with the rep's and prospect's channels attributed, graded exactly once, and
 * nudged exactly once.
 */
final class TranscriberDown implements Scenario {

    private static final int CALLS = 40;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private WhisperStandIn transcriber;
    private ToneRecording recordings;

    @Override
    public String name() {
        return "transcriber-down";
    }

    @Override
    public String fault() {
        return "recording-only calls (1/s) transcribed by an OpenAI-compatible server that stops (connections refused) for "
                + OUTAGE.toSeconds() + " s mid-stream, then comes back; scorecard-service killed with SIGKILL and restarted"
                + " while it retries";
    }

    @Override
    public String invariant() {
        return "every recording transcribed with speaker roles, graded once and nudged once; none TRANSCRIPTION_FAILED";
    }

    @Override
    public Map<String, Map<String, String>> environment() throws Exception {
        transcriber = new WhisperStandIn();
        recordings = new ToneRecording();
        return Map.of(LocalSuite.SCORECARD, Map.of(
                "TRANSCRIPTION_ENGINE", "openai",
                "TRANSCRIPTION_URL", transcriber.baseUrl(),
                "TRANSCRIPTION_TIMEOUT", "PT20S"));
    }

    @Override
    public Verdict run(SuiteUnderTest suite) throws Exception {
        CallTraffic traffic = new CallTraffic(suite, 6, Roster.Channels.inboxOnly());
        CallStream stream = traffic.stream(recordingCalls(traffic.reps), 1.0);
        CallTraffic.awaitCondition("3 recordings transcribed", CallTraffic.PATIENCE, () -> transcriber.answered() >= 6);
        int acceptedBefore = stream.acceptedOutcomes().size();
        transcriber.stop();
        CallTraffic.OUT.println("    transcription server stopped after " + transcriber.answered() + " channels transcribed, "
                + acceptedBefore + " calls accepted");
        long stoppedAt = System.nanoTime();
        Thread.sleep(10_000);
        ServiceProcess scorecard = suite.service(LocalSuite.SCORECARD);
        CallTraffic.OUT.println("    SIGKILL scorecard-service while it retries "
                + suite.sql().count("scorecard", "SELECT COUNT(*) FROM sales_call WHERE status = 'TRANSCRIBING'") + " recordings");
        scorecard.kill();
        scorecard.restartAndAwait(SuiteUnderTest.READY);
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - stoppedAt).toMillis()));
        int acceptedDuringOutage = stream.acceptedOutcomes().size() - acceptedBefore;
        long waiting = suite.sql().count("scorecard", "SELECT COUNT(*) FROM sales_call WHERE status = 'TRANSCRIBING'");
        transcriber.restart();
        CallTraffic.OUT.println("    transcription server back after " + Duration.ofNanos(System.nanoTime() - stoppedAt).toSeconds() + " s; " + acceptedDuringOutage
                + " calls arrived meanwhile, " + waiting + " waiting for transcription");
        Set<String> accepted = CallTraffic.finish(stream);

        Quiescence quiescence = new Quiescence(suite).also(() -> {
            long transcribing = suite.sql().count("scorecard", "SELECT COUNT(*) FROM sales_call WHERE status = 'TRANSCRIBING'");
            return transcribing == 0 ? null : transcribing + " calls still TRANSCRIBING";
        });
        NudgeAudit audit = traffic.settleAndAudit(accepted, quiescence);

        List<String> problems = new ArrayList<>(gradedOnceWithRoles(suite, traffic.reps, accepted));
        if (acceptedDuringOutage == 0 || waiting == 0) {
            problems.add("no recording waited for the transcriber during the outage, so the fault was not exercised");
        }
        if (!problems.isEmpty()) {
            CallTraffic.OUT.println("    recordings out of line: " + problems.subList(0, Math.min(5, problems.size())));
        }
        Verdict nudges = CallTraffic.exactlyOnceVerdict(audit, "transcription: " + waiting + " calls waited through the outage, "
                + accepted.size() + " recordings, " + transcriber.answered() + " channels transcribed, " + recordings.downloads()
                + " downloads; " + (accepted.size() - problems.size()) + " AUTO_SCORED with one revision and their speakers right");
        return Verdict.of(nudges.passed() && problems.isEmpty(), nudges.evidence());
    }

    /** Recording-only calls: no transcript, a recording URL on the loopback host, participants named. */
    private List<PlannedCall> recordingCalls(List<Rep> reps) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<PlannedCall> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            Rep rep = reps.get(i % reps.size());
            String externalId = "recording-" + run + "-" + i;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("externalId", externalId);
            body.put("source", "dialer");
            body.put("repId", rep.id());
            body.put("teamId", rep.teamId());
            body.put("callType", "discovery");
            body.put("startedAt", Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
            body.put("durationSeconds", ToneRecording.SECONDS);
            body.put("recordingUrl", recordings.urlFor(externalId));
            body.put("participants", List.of(Map.of("name", rep.name(), "role", "rep"), Map.of("name", "Pat Prospect", "role", "prospect")));
            byte[] json = ApiClient.json(body).getBytes(StandardCharsets.UTF_8);
            calls.add(new PlannedCall(rep, externalId, "discovery", 1, 0, json));
        }
        return calls;
    }

    /** Per accepted call: AUTO_SCORED with one automatic revision, and its transcript says who said what. */
    private static List<String> gradedOnceWithRoles(SuiteUnderTest suite, List<Rep> reps, Set<String> accepted) throws Exception {
        Map<String, String> repNames = new LinkedHashMap<>();
        reps.forEach(rep -> repNames.put(rep.id(), rep.name()));
        List<List<String>> rows = suite.sql().rows("scorecard", "SELECT c.id, c.status, c.rep_id, COALESCE(t.segments, ''),"
                + " (SELECT COUNT(*) FROM score_revision r WHERE r.call_id = c.id) FROM sales_call c"
                + " LEFT JOIN call_transcript t ON t.call_id = c.id WHERE c.source = 'dialer'");
        List<String> problems = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (List<String> row : rows) {
            String callId = row.get(0);
            seen.add(callId);
            if (!accepted.contains(callId)) {
                continue;
            }
            if (!row.get(1).equals("AUTO_SCORED") || !row.get(4).equals("1")) {
                problems.add(callId + " is " + row.get(1) + " with " + row.get(4) + " score revisions");
            } else if (!rolesRight(row.get(3), repNames.get(row.get(2)))) {
                problems.add(callId + " has its speakers wrong: " + row.get(3));
            }
        }
        accepted.stream().filter(id -> !seen.contains(id)).forEach(id -> problems.add(id + " was accepted but is not stored"));
        return problems;
    }

    /** The rep's lines are the rep's, by name and role, and the prospect's lines the prospect's. */
    private static boolean rolesRight(String segmentsJson, String repName) throws Exception {
        if (segmentsJson.isEmpty()) {
            return false;
        }
        int rep = 0;
        int prospect = 0;
        for (JsonNode segment : JSON.readTree(segmentsJson)) {
            String text = segment.path("text").asText();
            String role = segment.path("role").asText();
            String speaker = segment.path("speaker").asText();
            if (WhisperStandIn.REP.stream().anyMatch(line -> line.text().equals(text))) {
                rep += role.equalsIgnoreCase("rep") && speaker.equals(repName) ? 1 : -100;
            } else if (WhisperStandIn.PROSPECT.stream().anyMatch(line -> line.text().equals(text))) {
                prospect += role.equalsIgnoreCase("prospect") ? 1 : -100;
            }
        }
        return rep == WhisperStandIn.REP.size() && prospect == WhisperStandIn.PROSPECT.size();
    }

    @Override
    public void cleanUp() {
        if (transcriber != null) {
            transcriber.close();
        }
        if (recordings != null) {
            recordings.close();
        }
    }
}
