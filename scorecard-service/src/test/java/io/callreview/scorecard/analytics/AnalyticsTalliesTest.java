package io.callreview.scorecard.analytics;

import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.scoring.ScoreRecorder;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static io.callreview.scorecard.fixtures.CallFixtures.goodCallSegments;
import static io.callreview.scorecard.fixtures.CallFixtures.publishedDiscoveryType;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.callreview.scorecard.fixtures.ReviewFixtures.callWithoutNextStep;
import static io.callreview.scorecard.fixtures.ReviewFixtures.callWithoutQualification;
import static io.callreview.scorecard.fixtures.ReviewFixtures.postCall;
import static io.callreview.scorecard.fixtures.ReviewFixtures.review;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics read from the tallies (V12 per rep, V13 per team) answer exactly what reading every call of the period answers, on calls
 * whose scores were revised by reviews and an accepted dispute, of a rep who moved team in between, over periods
 * aligned to weeks, to days only, to neither, and inside one day, at team and at company scope, with a call set aside.
 * And the tallies kept revision by revision hold what the backfills of V12 and V13 compute from the stored revisions,
 * less the calls set aside.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsTalliesTest {

    private static final List<String[]> PERIODS = List.of(
            new String[] {"2026-01-05T00:00:00Z", "2026-02-02T00:00:00Z"},
            new String[] {"2026-01-06T00:00:00Z", "2026-01-30T00:00:00Z"},
            new String[] {"2026-01-06T13:30:00Z", "2026-01-27T08:15:00.5Z"},
            new String[] {"2026-01-08T00:00:00Z", "2026-01-10T00:00:00Z"},
            new String[] {"2026-01-14T01:00:00Z", "2026-01-14T20:00:00Z"});

    /** Marks a path read by the coach of both teams without naming one. */
    private static final String BOTH_TEAMS = "coach:";

    @Inject
    TallyReading tallyReading;

    @Inject
    ConsistencySummaryRefresher refresher;

    @Inject
    ScoreRecorder scores;

    private String team;
    private String otherTeam;
    private String coach;
    private String mover;
    private String type;
    private String lateCall;
    private String repA;

    private boolean scored;

    /** Once for both tests (in a @BeforeAll, RestAssured does not know the test port yet). */
    @BeforeEach
    void scoreAndReviseCalls() {
        if (scored) {
            return;
        }
        scored = true;
        type = publishedDiscoveryType();
        team = unique("team");
        otherTeam = unique("team");
        coach = TestTokens.coach("coach-tally", team, otherTeam);
        String a = unique("rep-a");
        repA = a;
        String b = unique("rep-b");
        mover = unique("rep-m");
        List<String> calls = new ArrayList<>();
        calls.add(postCall(type, a, team, goodCallSegments(), "2026-01-05T00:00:00Z"));
        calls.add(postCall(type, a, team, callWithoutNextStep(), "2026-01-06T13:29:59Z"));
        calls.add(postCall(type, b, team, callWithoutQualification(), "2026-01-06T13:30:00Z"));
        calls.add(postCall(type, b, team, callWithoutNextStep(), "2026-01-11T23:59:59Z"));
        calls.add(postCall(type, a, team, goodCallSegments(), "2026-01-14T10:00:00Z"));
        calls.add(postCall(type, mover, team, callWithoutQualification(), "2026-01-14T19:00:00Z"));
        calls.add(postCall(type, b, team, goodCallSegments(), "2026-01-20T07:00:00Z"));
        calls.add(postCall(type, a, team, callWithoutNextStep(), "2026-01-27T08:15:00Z"));
        calls.add(postCall(type, b, team, callWithoutQualification(), "2026-01-29T16:00:00Z"));

        // Reviews supersede the grader's revision; one of them is superseded in turn by an accepted dispute.
        review(calls.get(1), coach, Map.of("qualification", "MISSED", "next-steps", "MISSED", "agenda", "MET",
                "objection-handling", "NOT_APPLICABLE"));
        review(calls.get(2), coach, Map.of("qualification", "MET", "next-steps", "MET", "agenda", "MISSED",
                "objection-handling", "MISSED"));
        review(calls.get(3), coach, Map.of("qualification", "MET", "next-steps", "MISSED", "agenda", "MET",
                "objection-handling", "NOT_APPLICABLE"));
        review(calls.get(7), coach, Map.of("qualification", "MET", "next-steps", "MISSED", "agenda", "MET",
                "objection-handling", "MET"));
        acceptDispute(calls.get(3), b, "next-steps");
        // Two reviews of one rep's calls of the same day at once: both move counts of the same tally rows.
        String morning = postCall(type, a, team, goodCallSegments(), "2026-01-15T09:00:00Z");
        String noon = postCall(type, a, team, callWithoutQualification(), "2026-01-15T12:00:00Z");
        Map<String, String> sameVerdicts = Map.of("qualification", "MISSED", "next-steps", "MET", "agenda", "MISSED",
                "objection-handling", "NOT_APPLICABLE");
        List<CompletableFuture<Integer>> reviews = List.of(
                CompletableFuture.supplyAsync(() -> review(morning, coach, sameVerdicts)),
                CompletableFuture.supplyAsync(() -> review(noon, coach, sameVerdicts)));
        assertThat(reviews.stream().map(CompletableFuture::join).toList()).containsExactly(2, 2);

        // The rep moves team: the calls before stay with the first team, the later ones count for the new one.
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("teamId", otherTeam))
                .when().put("/api/roster/reps/" + mover).then().statusCode(200);
        String moved = postCall(type, mover, otherTeam, goodCallSegments(), "2026-01-21T12:00:00Z");
        review(moved, coach, Map.of("qualification", "MISSED", "next-steps", "MET", "agenda", "MET",
                "objection-handling", "NOT_APPLICABLE"));
        postCall(type, mover, otherTeam, callWithoutNextStep(), "2026-01-28T00:00:00Z");
        // Calls of the mover's old week posted late, for the new team: the week's calls of the two teams interleave.
        lateCall = postCall(type, mover, otherTeam, goodCallSegments(), "2026-01-13T10:00:00Z");
        postCall(type, mover, otherTeam, callWithoutQualification(), "2026-01-15T10:00:00Z");

        // A reviewed call, disputed, that an admin then sets aside: it leaves the tallies as it leaves the reads call by call.
        String setAside = postCall(type, b, team, callWithoutNextStep(), "2026-01-22T11:00:00Z");
        review(setAside, coach, Map.of("qualification", "MISSED", "next-steps", "MISSED", "agenda", "MET",
                "objection-handling", "MISSED"));
        given().auth().oauth2(TestTokens.rep(b, team)).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", "agenda", "comment", "a test call"))
                .when().post("/api/calls/" + setAside + "/disputes").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", "test call"))
                .when().post("/api/calls/" + setAside + "/set-aside").then().statusCode(200);
    }

    @Test
    void talliedAnswersAreTheAnswersReadCallByCall() {
        List<String> paths = new ArrayList<>();
        for (String groupBy : List.of("rep", "team", "callType")) {
            paths.add("/api/analytics/adherence?groupBy=" + groupBy + "&teamId=" + team);
            paths.add("/api/analytics/adherence?groupBy=" + groupBy);
        }
        paths.add("/api/analytics/adherence?repId=" + mover);
        paths.add("/api/analytics/gaps?teamId=" + team + "&limit=9");
        paths.add("/api/analytics/gaps?teamId=" + otherTeam + "&limit=9");
        paths.add("/api/analytics/gaps?repId=" + mover + "&limit=9");
        paths.add("/api/analytics/gaps?limit=9");
        paths.add("/api/analytics/grader-accuracy?teamId=" + team);
        paths.add("/api/analytics/grader-accuracy");
        paths.add("/api/analytics/disputes?teamId=" + team);
        paths.add("/api/analytics/disputes");
        paths.add("/api/analytics/consistency?teamId=" + team);
        paths.add("/api/analytics/consistency?teamId=" + otherTeam + "&callType=" + type);
        paths.add("/api/analytics/consistency");
        paths.add("/api/analytics/consistency?repId=" + mover + "&behaviourKey=qualification");
        paths.add("/api/analytics/consistency?callType=" + type);
        // The coach of both teams, without a team filter: the mover's summaries of each team do not chain in one week.
        paths.add(BOTH_TEAMS + "/api/analytics/consistency");

        Map<String, String> tallied = answers(paths, true);
        Map<String, String> perCall = answers(paths, false);
        assertThat(tallied).containsExactlyEntriesOf(perCall);
        // The answers are about the calls above, not empty on both sides.
        assertThat(tallied.get(paths.get(0) + PERIODS.get(0)[0])).contains("\"met\":").contains(mover);
        assertThat(tallied.get("/api/analytics/grader-accuracy?teamId=" + team + PERIODS.get(0)[0])).contains("\"truePositives\":");
        assertThat(tallied.get("/api/analytics/disputes?teamId=" + team + PERIODS.get(1)[0])).contains("\"accepted\":1");
        assertThat(tallied.get(BOTH_TEAMS + "/api/analytics/consistency" + PERIODS.get(0)[0])).contains(mover).contains("\"longestStreak\":");
    }

    /**
     * The summaries a read stores are used by the next reads only until a revision of one of their calls: reviewing a
     * call of a summarised week changes the answer, and the answer is still the one read call by call.
     */
    @Test
    void consistencySummariesGiveWayToANewRevision() {
        List<String> paths = List.of("/api/analytics/consistency", BOTH_TEAMS + "/api/analytics/consistency",
                "/api/analytics/consistency?repId=" + mover);
        Map<String, String> before = answers(paths, true);
        assertThat(answers(paths, true)).isEqualTo(before);
        assertThat(summaryRows(mover)).isPositive();

        review(lateCall, coach, Map.of("qualification", "MISSED", "next-steps", "MISSED", "agenda", "MISSED",
                "objection-handling", "NOT_APPLICABLE"));

        Map<String, String> after = answers(paths, true);
        assertThat(after).isNotEqualTo(before).containsExactlyEntriesOf(answers(paths, false));
    }

    /**
     * After an upgrade every rep bucket is unsummarised (V14's backfill): the background refresh brings them all up to
     * date, newest first, a batch at a time, and reads then use its summaries.
     */
    @Test
    void theBackgroundRefreshSummarisesEveryOutdatedBucket() {
        List<String> paths = List.of("/api/analytics/consistency", BOTH_TEAMS + "/api/analytics/consistency");
        QuarkusTransaction.requiringNew().run(() -> SalesCall.getEntityManager()
                .createNativeQuery("UPDATE consistency_bucket SET summarised = NULL").executeUpdate());
        long outdatedOfA = outdatedBuckets(repA);
        long outdatedOfMover = outdatedBuckets(mover);
        assertThat(outdatedOfA).isPositive();

        // A coach's read of one team computes the summaries of that team's reps only.
        answers(List.of("/api/analytics/consistency?teamId=" + otherTeam), true);
        assertThat(outdatedBuckets(repA)).isEqualTo(outdatedOfA);
        assertThat(outdatedBuckets(mover)).isLessThan(outdatedOfMover);

        int refreshed = 0;
        for (int run = 0, batch = refresher.refresh(); batch > 0 && run < 100; run++, batch = refresher.refresh()) {
            refreshed += batch;
        }
        assertThat(refreshed).isPositive();
        assertThat(outdatedBuckets(null)).isZero();
        assertThat(summaryRows(mover)).isPositive();
        assertThat(answers(paths, true)).containsExactlyEntriesOf(answers(paths, false));
    }

    /** Rep buckets whose summaries are missing or out of date, of one rep or (null) of all. */
    private static long outdatedBuckets(String repId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) SalesCall.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM consistency_bucket WHERE (summarised IS NULL OR summarised <> changes)"
                        + " AND rep_id LIKE :rep")
                .setParameter("rep", repId == null ? "%" : repId).getSingleResult()).longValue());
    }

    private static long summaryRows(String repId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) SalesCall.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM consistency_summary WHERE rep_id = :rep").setParameter("rep", repId)
                .getSingleResult()).longValue());
    }

    @Test
    void tallyRowsAreWhatTheBackfillComputes() throws IOException {
        Map<String, List<String>> kept = tallyRows();
        assertThat(kept.get("verdict_tally")).anyMatch(row -> row.contains(mover) && row.contains(otherTeam));

        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : kept.keySet()) {
                SalesCall.getEntityManager().createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
        });
        runBackfill();
        // the backfills ran before any call could be set aside; since then each one set aside left the tallies
        QuarkusTransaction.requiringNew().run(() -> SalesCall.<SalesCall>list("status", CallStatus.SET_ASIDE)
                .forEach(scores::setAside));
        assertThat(tallyRows()).isEqualTo(kept);
    }

    private Map<String, String> answers(List<String> paths, boolean tallies) {
        tallyReading.enable(tallies);
        try {
            Map<String, String> answers = new LinkedHashMap<>();
            for (String path : paths) {
                for (String[] period : PERIODS) {
                    boolean asCoach = path.contains("teamId") || path.startsWith(BOTH_TEAMS);
                    answers.put(path + period[0], given().auth().oauth2(asCoach ? coach : TestTokens.admin())
                            .queryParam("from", period[0]).queryParam("to", period[1])
                            .when().get(path.replace(BOTH_TEAMS, "")).then().statusCode(200).extract().asString());
                }
            }
            return answers;
        } finally {
            tallyReading.enable(true);
        }
    }

    private void acceptDispute(String callId, String rep, String behaviourKey) {
        String repToken = TestTokens.rep(rep, team);
        given().auth().oauth2(repToken).when().post("/api/calls/" + callId + "/acknowledgement").then().statusCode(200);
        String disputeId = given().auth().oauth2(repToken).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", behaviourKey, "comment", "I agreed a demo at the end."))
                .when().post("/api/calls/" + callId + "/disputes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED", "verdict", "MET", "reason", "The demo was agreed."))
                .when().post("/api/disputes/" + disputeId + "/resolution").then().statusCode(200);
    }

    /** Every row with a count, per table, in key order; points to a millionth (the backfill sums in another order). */
    private static Map<String, List<String>> tallyRows() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            rows.put("verdict_tally", text("""
                    SELECT bucket_days, bucket, call_type_id, team_id, rep_id, scorecard_version_id, behaviour_key,
                           met, missed, needs_review, not_applicable, lost_points
                    FROM verdict_tally WHERE met <> 0 OR missed <> 0 OR needs_review <> 0 OR not_applicable <> 0
                    ORDER BY bucket_days, bucket, call_type_id, team_id, rep_id, scorecard_version_id, behaviour_key"""));
            rows.put("score_tally", text("""
                    SELECT bucket_days, bucket, call_type_id, team_id, rep_id, scored_calls, score_sum
                    FROM score_tally WHERE scored_calls <> 0 ORDER BY bucket_days, bucket, call_type_id, team_id, rep_id"""));
            rows.put("verdict_team_tally", text("""
                    SELECT bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key,
                           met, missed, needs_review, not_applicable, lost_points
                    FROM verdict_team_tally WHERE met <> 0 OR missed <> 0 OR needs_review <> 0 OR not_applicable <> 0
                    ORDER BY bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key"""));
            rows.put("score_team_tally", text("""
                    SELECT bucket_days, bucket, call_type_id, team_id, scored_calls, score_sum
                    FROM score_team_tally WHERE scored_calls <> 0 ORDER BY bucket_days, bucket, call_type_id, team_id"""));
            rows.put("grader_tally", text("""
                    SELECT bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key, automatic_verdict,
                           coach_verdict, pairs
                    FROM grader_tally WHERE pairs <> 0
                    ORDER BY bucket_days, bucket, call_type_id, team_id, scorecard_version_id, behaviour_key, automatic_verdict, coach_verdict"""));
            rows.put("grader_company_tally", text("""
                    SELECT bucket_days, bucket, call_type_id, scorecard_version_id, behaviour_key, automatic_verdict, coach_verdict, pairs
                    FROM grader_company_tally WHERE pairs <> 0
                    ORDER BY bucket_days, bucket, call_type_id, scorecard_version_id, behaviour_key, automatic_verdict, coach_verdict"""));
            return rows;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> text(String sql) {
        List<String> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) SalesCall.getEntityManager().createNativeQuery(sql).getResultList()) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(cell instanceof Double points ? String.valueOf(Math.round(points * 1e6))
                        : cell instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(cell));
            }
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    /** The statements after the "-- Backfill" comment of V12 (per rep), then of V13 (per team), as the migrations run them. */
    private static void runBackfill() throws IOException {
        StringBuilder backfill = new StringBuilder();
        for (String migration : List.of("V12__analytics_tallies.sql", "V13__team_tallies.sql")) {
            String sql;
            try (InputStream in = AnalyticsTalliesTest.class.getResourceAsStream("/db/migration/" + migration)) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            sql.substring(sql.indexOf("-- Backfill")).lines().filter(l -> !l.strip().startsWith("--"))
                    .forEach(line -> backfill.append(line).append('\n'));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (String statement : backfill.toString().split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    SalesCall.getEntityManager().createNativeQuery(statement.strip()).executeUpdate();
                }
            }
        });
    }
}
