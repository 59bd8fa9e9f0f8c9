package io.callreview.scorecard.analytics;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.callreview.platform.audit.AuditLog;
import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.support.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores of a period as CSV: one row per call with its latest score revision and one column per behaviour.
 * The first line says what the scores are for. Text cells that a spreadsheet would run as a formula are defused
 * with a leading apostrophe (CSV injection); the export itself is audited.
 */
@ApplicationScoped
public class ScoreExport {

    public static final String PURPOSE = "# These scores are for coaching, not for employment decisions."
            + " Each call shows its latest score revision; verdicts are MET, MISSED, NOT_APPLICABLE or NEEDS_REVIEW.";

    private static final List<String> COLUMNS = List.of("call_id", "external_id", "source", "rep_id", "team_id", "call_type",
            "started_at", "duration_seconds", "scorecard_version", "revision", "scorer", "scorer_id", "overall_score", "auto_failed");
    /** Quotes only the cells that need it (a separator, a quote or a line break), as RFC 4180 does. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    /** The CSV text and how many calls it holds. */
    public record Export(Instant from, Instant to, String csv, int calls) {
    }

    @Inject
    ScopeResolver scopes;

    @Inject
    AuditLog audit;

    @Transactional
    public Export export(String teamId, String callType, Instant from, Instant to) {
        CallScope scope = scopes.period(teamId, null, callType, from, to);
        List<Object[]> calls = AnalyticsSql.rows("""
                SELECT c.id, c.external_id, c.source, c.rep_id, c.team_id, t.type_key, UNIX_TIMESTAMP(c.started_at),
                       c.duration_seconds, sv.version, s.revision, s.scorer_kind, s.scorer_id, s.overall_score, s.auto_failed
                """, AnalyticsSql.LATEST_SCORES + "JOIN scorecard_version sv ON sv.id = s.scorecard_version_id\n", scope, null,
                "ORDER BY c.started_at, c.id");
        Map<String, Map<String, String>> verdicts = new HashMap<>();
        Set<String> behaviours = new LinkedHashSet<>();
        for (Object[] row : AnalyticsSql.rows("SELECT c.id, v.behaviour_key, v.verdict", AnalyticsSql.LATEST_VERDICTS, scope,
                null, "ORDER BY t.type_key, s.scorecard_version_id, v.position")) {
            behaviours.add(SqlValues.string(row[1]));
            verdicts.computeIfAbsent(SqlValues.string(row[0]), k -> new LinkedHashMap<>())
                    .put(SqlValues.string(row[1]), SqlValues.string(row[2]));
        }

        StringWriter out = new StringWriter();
        out.write(PURPOSE + "\n");
        out.write("# Period: calls started from " + scope.from() + " to " + scope.to() + ".\n");
        try (var writer = CSV.writer(CsvSchema.emptySchema()).writeValues(out)) {
            List<String> header = new ArrayList<>(COLUMNS);
            header.addAll(behaviours);
            writer.write(header);
            for (Object[] call : calls) {
                List<String> row = new ArrayList<>();
                row.add(SqlValues.string(call[0]));
                row.add(text(call[1]));
                row.add(text(call[2]));
                row.add(text(call[3]));
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
                Map<String, String> mine = verdicts.getOrDefault(SqlValues.string(call[0]), Map.of());
                behaviours.forEach(key -> row.add(mine.getOrDefault(key, "")));
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.SCORES_EXPORTED, AuditEntities.EXPORT, "scores.csv", AuditLog.details(
                "from", scope.from().toString(), "to", scope.to().toString(),
                "teams", scope.teams() == null ? "all" : scope.teams().stream().sorted().toList(),
                "callType", scope.callType(), "calls", calls.size()));
        return new Export(scope.from(), scope.to(), out.toString(), calls.size());
    }

    /** Free text from CRMs: a leading =, +, -, @ or control character would make a spreadsheet run it as a formula. */
    static String text(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
