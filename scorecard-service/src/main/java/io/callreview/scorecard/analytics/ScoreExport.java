package io.callreview.scorecard.analytics;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.callreview.platform.audit.AuditLog;
import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.roster.RosterRep;
import io.callreview.scorecard.support.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scores of a period as CSV: one row per call with its latest score revision and one column per behaviour.
 * The first line says what the scores are for (unless asked to leave it out; then a response header says it). Text cells that a spreadsheet would run as a formula are defused
 * with a leading apostrophe (CSV injection); the export itself is audited. {@link #open} checks the request and
 * audits it; {@link #write} then streams the rows, newest call first as in the call list, reading a chunk of calls
 * at a time in (start descending, id) order,
 * each chunk in its own short transaction, so memory stays flat however long the period.
 */
@ApplicationScoped
public class ScoreExport {

    public static final String PURPOSE = "# These scores are for coaching, not for employment decisions."
            + " Each call shows its latest score revision; verdicts are MET, MISSED, NOT_APPLICABLE or NEEDS_REVIEW.";

    private static final List<String> COLUMNS = List.of("call_id", "external_id", "source", "rep_id", "rep_name", "team_id",
            "call_type", "started_at", "duration_seconds", "scorecard_version", "revision", "scorer", "scorer_id", "overall_score",
            "auto_failed");
    /** Quotes only the cells that need it (a separator, a quote or a line break), as RFC 4180 does. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    /**
     * STRAIGHT_JOIN: calls first, read from the keyset on in the order of the (start DESC, id) index of the scope (all,
     * team, rep); else MariaDB sorts the whole period per chunk. In (start, id) order a team's chunks were read along
     * the company's index, twenty calls for each of the team's (3.7 s for one team's twelve weeks at a million calls).
     */
    private static final String CALLS = """
            SELECT STRAIGHT_JOIN c.id, c.external_id, c.source, c.rep_id, c.team_id, t.type_key, UNIX_TIMESTAMP(c.started_at),
                   c.duration_seconds, sv.version, s.revision, s.scorer_kind, s.scorer_id, s.overall_score, s.auto_failed, s.id
            """;
    private static final String AFTER = "(c.started_at < :afterStart OR (c.started_at = :afterStart AND c.id > :afterId))";

    /** An export that passed its checks: its scope, the behaviour columns and how many calls its period holds. */
    public record Export(CallScope scope, List<String> behaviours, long callsInPeriod) {

        public Instant from() {
            return scope.from();
        }

        public Instant to() {
            return scope.to();
        }
    }

    @Inject
    ScopeResolver scopes;

    @Inject
    AuditLog audit;

    @Inject
    TallyReading tallyReading;

    /** Calls read per query while streaming: the memory an export holds at once. */
    @ConfigProperty(name = "callreview.export.chunk-size", defaultValue = "500")
    int chunkSize;

    /** Checks the caller may export this scope, finds the behaviour columns and records the export in the audit log. */
    @Transactional
    public Export open(String teamId, String callType, Instant from, Instant to) {
        CallScope scope = scopes.period(teamId, null, callType, from, to);
        Export export = new Export(scope, behaviours(scope), callsInPeriod(scope));
        audit.record(AuditAction.SCORES_EXPORTED, AuditEntities.EXPORT, "scores.csv", AuditLog.details(
                "from", scope.from().toString(), "to", scope.to().toString(),
                "teams", scope.teams() == null ? "all" : scope.teams().stream().sorted().toList(),
                "callType", scope.callType(), "callsInPeriod", export.callsInPeriod()));
        return export;
    }

    /**
     * Writes the CSV of an opened export to {@code out}; with {@code notice}, first the lines that say what the scores
     * are for and which period they cover, as {@code #} comments, which a spreadsheet shows as rows of their own.
     */
    public void write(Export export, OutputStream out, boolean notice) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (notice) {
            text.write(PURPOSE + "\n");
            text.write("# Period: calls started from " + export.from() + " to " + export.to() + ".\n");
        }
        try (SequenceWriter writer = CSV.writer(CsvSchema.emptySchema()).writeValues(text)) {
            List<String> header = new ArrayList<>(COLUMNS);
            header.addAll(export.behaviours());
            writer.write(header);
            Chunk chunk = new Chunk(List.of(), null);
            do {
                Chunk previous = chunk;
                chunk = QuarkusTransaction.requiringNew().call(() -> next(export, previous.lastKey(), chunkSize));
                writer.writeAll(chunk.rows());
            } while (chunk.rows().size() == chunkSize);
        }
    }

    /** Rows of the CSV, and the key (start, id) of the last call among them. */
    private record Chunk(List<List<String>> rows, Map<String, Object> lastKey) {
    }

    /** The next {@code size} rows after the call whose key is {@code after} (null: from the first). */
    private static Chunk next(Export export, Map<String, Object> after, int size) {
        List<Object[]> calls = AnalyticsSql.rows(CALLS, AnalyticsSql.LATEST_SCORES + "JOIN scorecard_version sv ON sv.id = s.scorecard_version_id\n",
                export.scope(), after == null ? null : AFTER, "ORDER BY c.started_at DESC, c.id LIMIT " + size,
                after == null ? Map.of() : after);
        Map<Long, Map<String, String>> verdicts = verdicts(calls.stream().map(call -> SqlValues.longValue(call[14])).toList());
        Map<String, String> names = RosterRep.displayNames(calls.stream().map(call -> SqlValues.string(call[3])).toList());
        List<List<String>> rows = new ArrayList<>();
        for (Object[] call : calls) {
            List<String> row = new ArrayList<>();
            row.add(SqlValues.string(call[0]));
            row.add(text(call[1]));
            row.add(text(call[2]));
            row.add(text(call[3]));
            row.add(text(names.get(SqlValues.string(call[3]))));
            row.add(text(call[4]));
            row.add(text(call[5]));
            row.add(SqlValues.epoch(call[6]).toString());
            row.add(SqlValues.string(call[7]));
            row.add(SqlValues.string(call[8]));
            row.add(SqlValues.string(call[9]));
            row.add(SqlValues.string(call[10]));
            row.add(text(call[11]));
            row.add(call[12] == null ? "" : SqlValues.string(call[12]));
            row.add(String.valueOf(SqlValues.bool(call[13])));
            Map<String, String> mine = verdicts.getOrDefault(SqlValues.longValue(call[14]), Map.of());
            export.behaviours().forEach(key -> row.add(mine.getOrDefault(key, "")));
            rows.add(row);
        }
        Object[] last = calls.isEmpty() ? null : calls.get(calls.size() - 1);
        return new Chunk(rows, last == null ? null : Map.of("afterStart", SqlValues.epoch(last[6]), "afterId", SqlValues.string(last[0])));
    }

    /** Score revision id -> behaviour -> verdict. */
    @SuppressWarnings("unchecked")
    private static Map<Long, Map<String, String>> verdicts(List<Long> scoreRevisionIds) {
        Map<Long, Map<String, String>> verdicts = new HashMap<>();
        if (scoreRevisionIds.isEmpty()) {
            return verdicts;
        }
        List<Object[]> rows = SalesCall.getEntityManager().createNativeQuery(
                        "SELECT v.score_revision_id, v.behaviour_key, v.verdict FROM behaviour_verdict v WHERE v.score_revision_id IN (:ids)")
                .setParameter("ids", scoreRevisionIds).getResultList();
        for (Object[] row : rows) {
            verdicts.computeIfAbsent(SqlValues.longValue(row[0]), k -> new HashMap<>()).put(SqlValues.string(row[1]), SqlValues.string(row[2]));
        }
        return verdicts;
    }

    /**
     * The behaviours of the scorecards the latest scores of the scope were given with, by call type, version and
     * position. Which versions those are comes from the verdict tallies for the period's whole days and weeks, and
     * from the calls for the rest, as analytics read it.
     */
    private List<String> behaviours(CallScope scope) {
        PeriodCoverage coverage = PeriodCoverage.of(scope, tallyReading.enabled());
        Map<Long, String> versions = new HashMap<>();
        coverage.callRows(range -> AnalyticsSql.rows("SELECT DISTINCT t.type_key, s.scorecard_version_id", AnalyticsSql.LATEST_SCORES,
                range, null, null)).forEach(row -> versions.put(SqlValues.longValue(row[1]), SqlValues.string(row[0])));
        coverage.tallyRows("SELECT t.type_key, c.scorecard_version_id", AnalyticsSql.verdictTallies(false),
                        "GROUP BY t.type_key, c.scorecard_version_id " + AnalyticsSql.ANY_VERDICT)
                .forEach(row -> versions.put(SqlValues.longValue(row[1]), SqlValues.string(row[0])));
        if (versions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> behavioursOf = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SalesCall.getEntityManager().createNativeQuery(
                        "SELECT b.scorecard_version_id, b.behaviour_key FROM scorecard_behaviour b WHERE b.scorecard_version_id IN (:versions)"
                                + " ORDER BY b.position")
                .setParameter("versions", versions.keySet()).getResultList();
        for (Object[] row : rows) {
            behavioursOf.computeIfAbsent(SqlValues.longValue(row[0]), k -> new ArrayList<>()).add(SqlValues.string(row[1]));
        }
        Set<String> behaviours = new LinkedHashSet<>();
        versions.entrySet().stream()
                .sorted(Map.Entry.<Long, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(version -> behaviours.addAll(behavioursOf.getOrDefault(version.getKey(), List.of())));
        return List.copyOf(behaviours);
    }

    /**
     * The calls of the scope started in the period, from the index alone (those still being graded are not in the
     * file): the calls with a score would need every call's row, seconds at a million calls.
     */
    private static long callsInPeriod(CallScope scope) {
        String sql = "SELECT COUNT(*) FROM sales_call c"
                + (scope.callType() == null ? "" : " STRAIGHT_JOIN call_type t ON t.id = c.call_type_id") + " WHERE " + scope.where();
        return SqlValues.longValue(scope.bind(SalesCall.getEntityManager().createNativeQuery(sql)).getSingleResult());
    }

    /** Free text from CRMs: a leading =, +, -, @ or control character would make a spreadsheet run it as a formula. */
    static String text(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
