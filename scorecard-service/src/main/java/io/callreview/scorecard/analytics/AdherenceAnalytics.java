package io.callreview.scorecard.analytics;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.roster.RosterRep;
import io.callreview.scorecard.statistics.WilsonInterval;
import io.callreview.scorecard.support.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adherence: the share of calls where a behaviour was MET among those where it was decided (MET or MISSED; NOT_APPLICABLE
 * and NEEDS_REVIEW say nothing about the rep), on each call's latest score, per rep, team or call type, with a
 * 95% Wilson interval so three calls are not read like eighty, and weekly buckets for trend lines.
 */
@ApplicationScoped
public class AdherenceAnalytics {

    /** Monday 1970-01-05 00:00 UTC, in epoch seconds: week buckets start on Mondays. */
    static final long FIRST_MONDAY = 345_600;
    static final long WEEK = 604_800;

    public enum GroupBy {
        REP("c.rep_id"), TEAM("c.team_id"), CALL_TYPE("t.type_key");

        final String column;

        GroupBy(String column) {
            this.column = column;
        }

        public static GroupBy parse(String value) {
            if (value == null || value.isBlank()) {
                return REP;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "rep" -> REP;
                case "team" -> TEAM;
                case "calltype", "call-type", "call_type" -> CALL_TYPE;
                default -> throw ApiException.badRequest("groupBy", "must be rep, team or callType");
            };
        }

        String json() {
            return this == CALL_TYPE ? "callType" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Adherence counts per group, behaviour and week index: met, then observed (MET or MISSED). */
    private static final String PER_CALL = """
            SELECT %s AS grp, v.behaviour_key, FLOOR((UNIX_TIMESTAMP(c.started_at) - %d) / %d) AS wk,
                   SUM(CASE WHEN v.verdict = 'MET' THEN 1 ELSE 0 END), SUM(CASE WHEN v.verdict IN ('MET', 'MISSED') THEN 1 ELSE 0 END)
            """;
    /** The same from the verdict tallies; a bucket's week index is that of its first day (epoch day 4 was a Monday). */
    private static final String TALLIED = """
            SELECT %s AS grp, c.behaviour_key, FLOOR((c.bucket - 4) / 7) AS wk, SUM(c.met), SUM(c.met + c.missed)
            """;

    @Inject
    ScopeResolver scopes;

    @Inject
    TallyReading tallyReading;

    @Transactional
    public AdherenceView adherence(GroupBy groupBy, String teamId, String repId, String callType, Instant from, Instant to) {
        CallScope scope = scopes.period(teamId, repId, callType, from, to);
        PeriodCoverage coverage = PeriodCoverage.of(scope, tallyReading.enabled());
        List<Object[]> rows = new ArrayList<>(coverage.callRows(range -> AnalyticsSql.rows(
                PER_CALL.formatted(groupBy.column, FIRST_MONDAY, WEEK), AnalyticsSql.LATEST_VERDICTS, range, null,
                "GROUP BY grp, v.behaviour_key, wk")));
        boolean perRep = groupBy == GroupBy.REP || scope.repId() != null;
        String tallies = groupBy == GroupBy.CALL_TYPE || scope.callType() != null
                ? AnalyticsSql.verdictTallies(perRep) : AnalyticsSql.verdictTalliesAlone(perRep);
        rows.addAll(coverage.tallyRows(TALLIED.formatted(groupBy.column), tallies,
                "GROUP BY grp, c.behaviour_key, wk " + AnalyticsSql.ANY_VERDICT));

        long firstWeek = week(scope.from());
        long lastWeek = week(scope.to().minusNanos(1));
        List<LocalDate> weeks = new ArrayList<>();
        for (long w = firstWeek; w <= lastWeek; w++) {
            weeks.add(monday(w));
        }
        // group -> behaviour -> week -> {met, observed}
        Map<String, Map<String, Map<Long, long[]>>> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent(SqlValues.string(row[0]), k -> new TreeMap<>())
                    .computeIfAbsent(SqlValues.string(row[1]), k -> new TreeMap<>())
                    .merge(SqlValues.longValue(row[2]), new long[] {SqlValues.longValue(row[3]), SqlValues.longValue(row[4])},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        List<AdherenceView.Group> groups = new ArrayList<>();
        Map<String, String> names = groupBy == GroupBy.REP ? RosterRep.displayNames(counts.keySet()) : Map.of();
        counts.forEach((group, behaviours) -> {
            List<AdherenceView.BehaviourAdherence> perBehaviour = new ArrayList<>();
            behaviours.forEach((behaviour, byWeek) -> {
                long met = 0;
                long observed = 0;
                List<AdherenceView.Week> weekly = new ArrayList<>();
                for (long w = firstWeek; w <= lastWeek; w++) {
                    long[] c = byWeek.getOrDefault(w, new long[2]);
                    met += c[0];
                    observed += c[1];
                    WilsonInterval interval = WilsonInterval.of(c[0], c[1]);
                    weekly.add(new AdherenceView.Week(monday(w), c[0], c[1], rate(c[0], c[1]), interval.low(), interval.high()));
                }
                WilsonInterval interval = WilsonInterval.of(met, observed);
                perBehaviour.add(new AdherenceView.BehaviourAdherence(behaviour, met, observed, rate(met, observed),
                        interval.low(), interval.high(), weekly));
            });
            groups.add(new AdherenceView.Group(group, names.get(group), perBehaviour));
        });
        return new AdherenceView(scope.from(), scope.to(), groupBy.json(), weeks, groups);
    }

    static long week(Instant at) {
        return Math.floorDiv(at.getEpochSecond() - FIRST_MONDAY, WEEK);
    }

    static LocalDate monday(long week) {
        return Instant.ofEpochSecond(FIRST_MONDAY + week * WEEK).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
