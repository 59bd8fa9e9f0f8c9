package io.callreview.loadtest.scale;

import io.callreview.loadtest.scale.ScaleRoster.SeedRep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes scored history straight into scorecard-service's database with batched inserts, shaped like what the
 * services write: calls over the last year, each with a small transcript and the grader's revision 1 (verdicts drawn
 * from the rep's skill, a few NEEDS_REVIEW and NOT_APPLICABLE); about 10% reviewed by their team's coach (a finalised
 * review and a coach revision), about 1% disputed (open, rejected, or accepted into a further revision).
 * Call {@link #seedUpTo} with growing totals; each call adds what is missing.
 */
public final class HistorySeeder {

    private static final int BATCH = 1000;
    private static final Duration YEAR = Duration.ofDays(365);

    /** A published scorecard: the call type, its version and behaviours in order. */
    record Scorecard(long callTypeId, long versionId, List<Behaviour> behaviours) {
    }

    record Behaviour(String key, double weight, boolean critical) {
    }

    private final Connection connection;
    private final List<SeedRep> reps;
    private final List<Scorecard> scorecards;
    private final Random random;
    private final Instant end;
    private int seeded;

    public HistorySeeder(Connection connection, List<SeedRep> reps, long seed, Instant end) throws SQLException {
        this.connection = connection;
        this.reps = reps;
        this.random = new Random(seed);
        this.end = end;
        this.scorecards = publishedScorecards(connection);
        connection.setAutoCommit(false);
        try (Statement session = connection.createStatement()) {
            // The rows are consistent by construction; checking each foreign key on the way in only slows seeding down.
            session.execute("SET foreign_key_checks = 0, unique_checks = 0");
        }
    }

    public int seeded() {
        return seeded;
    }

    /** Adds calls until {@code total} have been seeded. */
    public void seedUpTo(int total) throws SQLException {
        while (seeded < total) {
            int batch = Math.min(BATCH, total - seeded);
            try (Batch rows = new Batch(connection)) {
                for (int i = 0; i < batch; i++) {
                    call(rows, seeded + i);
                }
                rows.execute();
            }
            connection.commit();
            seeded += batch;
        }
    }

    private void call(Batch rows, int n) throws SQLException {
        SeedRep rep = reps.get(random.nextInt(reps.size()));
        Scorecard card = scorecards.get(random.nextInt(scorecards.size()));
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        int durationSeconds = 600 + random.nextInt(3000);
        Instant started = end.minus(YEAR).plusSeconds((long) (random.nextDouble() * (YEAR.getSeconds() - durationSeconds - 600)));
        Instant received = started.plusSeconds(durationSeconds + 60L);

        List<String> automatic = new ArrayList<>();
        for (Behaviour behaviour : card.behaviours()) {
            double draw = random.nextDouble();
            automatic.add(draw < 0.03 ? "NEEDS_REVIEW" : draw < 0.05 ? "NOT_APPLICABLE"
                    : random.nextDouble() < rep.chanceToMeet(behaviour.key()) ? "MET" : "MISSED");
        }
        boolean reviewed = random.nextDouble() < 0.10;
        boolean disputed = random.nextDouble() < 0.01;
        String status = reviewed ? "REVIEWED" : "AUTO_SCORED";
        rows.salesCall(id, "scale-" + n, rep, card, started, durationSeconds, received, status);
        rows.transcript(id, durationSeconds * 2);
        rows.revision(id, 1, "AUTOMATIC", null, card, automatic, received.plusSeconds(5), null, null, List.of());

        List<String> latest = automatic;
        int revision = 1;
        String coach = ScaleRoster.coachOf(rep.teamId());
        if (reviewed) {
            List<String> decided = new ArrayList<>();
            for (int b = 0; b < automatic.size(); b++) {
                String verdict = automatic.get(b);
                decided.add("NEEDS_REVIEW".equals(verdict) || random.nextDouble() < 0.12
                        ? (random.nextDouble() < rep.chanceToMeet(card.behaviours().get(b).key()) ? "MET" : "MISSED") : verdict);
            }
            Instant at = received.plus(Duration.ofHours(1 + random.nextInt(72)));
            String reviewId = UUID.randomUUID().toString();
            rows.review(reviewId, id, coach, card, at);
            latest = decided;
            revision = 2;
            rows.revision(id, revision, "COACH", coach, card, latest, at, reviewId, null, allPositions(latest.size()));
        }
        if (disputed) {
            int position = Math.max(0, latest.indexOf("MISSED"));
            String disputeId = UUID.randomUUID().toString();
            Instant opened = received.plus(Duration.ofHours(2 + random.nextInt(96)));
            double outcome = random.nextDouble();
            String disputeStatus = outcome < 0.3 ? "OPEN" : outcome < 0.7 ? "REJECTED" : "ACCEPTED";
            Integer resulting = null;
            if ("ACCEPTED".equals(disputeStatus)) {
                List<String> changed = new ArrayList<>(latest);
                changed.set(position, "MET");
                resulting = revision + 1;
                rows.revision(id, resulting, "COACH", coach, card, changed, opened.plus(Duration.ofHours(4)), null, disputeId,
                        List.of(position));
            }
            rows.dispute(disputeId, id, revision, card.behaviours().get(position).key(), latest.get(position), rep, disputeStatus,
                    opened, coach, resulting, started);
        }
    }

    private static List<Integer> allPositions(int count) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            positions.add(i);
        }
        return positions;
    }

    private static List<Scorecard> publishedScorecards(Connection connection) throws SQLException {
        Map<Long, Scorecard> byVersion = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT v.call_type_id, v.id, b.behaviour_key, b.weight, b.critical
                     FROM scorecard_version v JOIN scorecard_behaviour b ON b.scorecard_version_id = v.id
                     WHERE v.status = 'PUBLISHED' ORDER BY v.id, b.position""")) {
            while (rows.next()) {
                long callType = rows.getLong(1);
                byVersion.computeIfAbsent(rows.getLong(2), v -> new Scorecard(callType, v, new ArrayList<>()))
                        .behaviours().add(new Behaviour(rows.getString(3), rows.getDouble(4), rows.getBoolean(5)));
            }
        }
        if (byVersion.isEmpty()) {
            throw new IllegalStateException("no published scorecard to seed calls with");
        }
        return List.copyOf(byVersion.values());
    }

    /** The batched inserts of one round of calls; revisions and verdicts take explicit ids after the current maximum. */
    private static final class Batch implements AutoCloseable {

        private final PreparedStatement calls;
        private final PreparedStatement transcripts;
        private final PreparedStatement revisions;
        private final PreparedStatement verdicts;
        private final PreparedStatement reviews;
        private final PreparedStatement disputes;
        private final Random random = new Random();
        private long nextRevisionId;
        private long nextVerdictId;

        Batch(Connection connection) throws SQLException {
            nextRevisionId = max(connection, "score_revision") + 1;
            nextVerdictId = max(connection, "behaviour_verdict") + 1;
            calls = connection.prepareStatement("""
                    INSERT INTO sales_call (id, source, external_id, rep_id, team_id, call_type_id, scorecard_version_id, started_at,
                      duration_seconds, participants, status, received_at, received_by, revision)
                    VALUES (?, 'salesforce', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'crm-scale', 0)""");
            transcripts = connection.prepareStatement(
                    "INSERT INTO call_transcript (call_id, format, timing_estimated, word_count, segments) VALUES (?, 'segments', FALSE, ?, '[]')");
            revisions = connection.prepareStatement("""
                    INSERT INTO score_revision (id, call_id, revision, scorer_kind, scorer_id, scorecard_version_id, status, overall_score,
                      auto_failed, review_required, created_at, review_id, dispute_id, moments)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            verdicts = connection.prepareStatement("""
                    INSERT INTO behaviour_verdict (id, score_revision_id, position, behaviour_key, verdict, confidence, evidence, coach_decided)
                    VALUES (?, ?, ?, ?, ?, ?, '[]', ?)""");
            reviews = connection.prepareStatement("""
                    INSERT INTO call_review (id, call_id, coach_id, scorecard_version_id, started_from, base_revision, status, verdicts,
                      moments, created_at, updated_at, finalized_at, finalized_revision)
                    VALUES (?, ?, ?, ?, 'AUTOMATIC', 1, 'FINALIZED', '[]', '[]', ?, ?, ?, 2)""");
            disputes = connection.prepareStatement("""
                    INSERT INTO score_dispute (id, call_id, revision, behaviour_key, disputed_verdict, rep_id, team_id, comment, status,
                      opened_at, resolved_by, resolved_at, resolution_reason, resolved_verdict, resulting_revision, call_started_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'I did this, at the end of the call.', ?, ?, ?, ?, ?, ?, ?, ?)""");
        }

        void salesCall(String id, String externalId, SeedRep rep, Scorecard card, Instant started, int durationSeconds,
                       Instant received, String status) throws SQLException {
            calls.setString(1, id);
            calls.setString(2, externalId);
            calls.setString(3, rep.id());
            calls.setString(4, rep.teamId());
            calls.setLong(5, card.callTypeId());
            calls.setLong(6, card.versionId());
            calls.setTimestamp(7, Timestamp.from(started));
            calls.setInt(8, durationSeconds);
            calls.setString(9, "[{\"name\":\"" + rep.id() + "\",\"role\":\"rep\"},{\"name\":\"Dana Whitfield\",\"role\":\"prospect\"}]");
            calls.setString(10, status);
            calls.setTimestamp(11, Timestamp.from(received));
            calls.addBatch();
        }

        void transcript(String callId, int words) throws SQLException {
            transcripts.setString(1, callId);
            transcripts.setInt(2, words);
            transcripts.addBatch();
        }

        /** A revision with its verdicts; {@code coachDecided} are the positions a coach decided. */
        void revision(String callId, int revision, String scorerKind, String scorerId, Scorecard card, List<String> verdictList,
                      Instant at, String reviewId, String disputeId, List<Integer> coachDecided) throws SQLException {
            long id = nextRevisionId++;
            double met = 0;
            double decided = 0;
            boolean autoFailed = false;
            for (int b = 0; b < verdictList.size(); b++) {
                Behaviour behaviour = card.behaviours().get(b);
                switch (verdictList.get(b)) {
                    case "MET" -> {
                        met += behaviour.weight();
                        decided += behaviour.weight();
                    }
                    case "MISSED" -> {
                        decided += behaviour.weight();
                        autoFailed |= behaviour.critical();
                    }
                    default -> {
                    }
                }
            }
            revisions.setLong(1, id);
            revisions.setString(2, callId);
            revisions.setInt(3, revision);
            revisions.setString(4, scorerKind);
            revisions.setString(5, scorerId);
            revisions.setLong(6, card.versionId());
            revisions.setString(7, revision == 1 ? "AUTO_SCORED" : "REVIEWED");
            revisions.setObject(8, decided == 0 ? null : Math.round(1000.0 * met / decided) / 10.0);
            revisions.setBoolean(9, autoFailed);
            revisions.setBoolean(10, verdictList.contains("NEEDS_REVIEW"));
            revisions.setTimestamp(11, Timestamp.from(at));
            revisions.setString(12, reviewId);
            revisions.setString(13, disputeId);
            revisions.setString(14, revision == 1 ? null : "[]");
            revisions.addBatch();
            for (int b = 0; b < verdictList.size(); b++) {
                verdicts.setLong(1, nextVerdictId++);
                verdicts.setLong(2, id);
                verdicts.setInt(3, b);
                verdicts.setString(4, card.behaviours().get(b).key());
                verdicts.setString(5, verdictList.get(b));
                verdicts.setDouble(6, coachDecided.contains(b) ? 1.0 : 0.45 + 0.55 * random.nextDouble());
                verdicts.setBoolean(7, coachDecided.contains(b));
                verdicts.addBatch();
            }
        }

        void review(String id, String callId, String coach, Scorecard card, Instant at) throws SQLException {
            reviews.setString(1, id);
            reviews.setString(2, callId);
            reviews.setString(3, coach);
            reviews.setLong(4, card.versionId());
            reviews.setTimestamp(5, Timestamp.from(at.minus(Duration.ofMinutes(20))));
            reviews.setTimestamp(6, Timestamp.from(at));
            reviews.setTimestamp(7, Timestamp.from(at));
            reviews.addBatch();
        }

        void dispute(String id, String callId, int revision, String behaviourKey, String verdict, SeedRep rep, String status,
                     Instant opened, String coach, Integer resultingRevision, Instant callStarted) throws SQLException {
            boolean resolved = !"OPEN".equals(status);
            disputes.setString(1, id);
            disputes.setString(2, callId);
            disputes.setInt(3, revision);
            disputes.setString(4, behaviourKey);
            disputes.setString(5, verdict);
            disputes.setString(6, rep.id());
            disputes.setString(7, rep.teamId());
            disputes.setString(8, status);
            disputes.setTimestamp(9, Timestamp.from(opened));
            disputes.setString(10, resolved ? coach : null);
            disputes.setTimestamp(11, resolved ? Timestamp.from(opened.plus(Duration.ofHours(4))) : null);
            disputes.setString(12, resolved ? "Checked against the recording." : null);
            disputes.setString(13, "ACCEPTED".equals(status) ? "MET" : "REJECTED".equals(status) ? verdict : null);
            disputes.setObject(14, resultingRevision);
            disputes.setTimestamp(15, Timestamp.from(callStarted));
            disputes.addBatch();
        }

        void execute() throws SQLException {
            for (PreparedStatement statement : List.of(calls, transcripts, revisions, verdicts, reviews, disputes)) {
                statement.executeBatch();
            }
        }

        private static long max(Connection connection, String table) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : List.of(calls, transcripts, revisions, verdicts, reviews, disputes)) {
                statement.close();
            }
        }
    }
}
