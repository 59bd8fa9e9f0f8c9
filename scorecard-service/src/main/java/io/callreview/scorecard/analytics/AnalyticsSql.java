package io.callreview.scorecard.analytics;

import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.domain.SalesCall;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/** The joins analytics share: calls of a scope with their latest score revision and its verdicts. */
final class AnalyticsSql {

    /** A call an admin set aside counts in no figure; its revisions stay, so every read of them leaves it out. */
    static final String COUNTED_CALL = "c.status <> 'SET_ASIDE'";

    /**
     * Calls {@code c} that count, their type {@code t} and latest score revision {@code s}. STRAIGHT_JOIN reads the calls
     * first, through the index of the scope's period, team or rep: left to itself, at company scope MariaDB chose to read
     * every call or verdict in the order a GROUP BY or ORDER BY wanted (a million rows for the two partial days of a period).
     */
    static final String LATEST_SCORES = """
            FROM sales_call c
            STRAIGHT_JOIN call_type t ON t.id = c.call_type_id
            STRAIGHT_JOIN score_revision s ON s.call_id = c.id AND %s
              AND s.revision = (SELECT MAX(l.revision) FROM score_revision l WHERE l.call_id = c.id)
            """.formatted(COUNTED_CALL);

    /** {@link #LATEST_SCORES} with the verdicts {@code v} of each latest revision. */
    static final String LATEST_VERDICTS = LATEST_SCORES + "STRAIGHT_JOIN behaviour_verdict v ON v.score_revision_id = s.id\n";

    /**
     * The verdict tallies as {@code c}, with their call type {@code t} (see {@link PeriodCoverage#tallyRows}): per rep
     * (V12) when the read filters or groups by rep, else per team (V13), a tenth of the rows.
     */
    static String verdictTallies(boolean perRep) {
        return "FROM " + (perRep ? "verdict_tally" : "verdict_team_tally") + " c\nJOIN call_type t ON t.id = c.call_type_id\n";
    }

    /**
     * The same without the call type, for a read that neither filters nor groups by it: adherence per rep at company
     * scope reads some 100,000 tally rows at a million calls, and a join per row to learn nothing costs a third of it.
     */
    static String verdictTalliesAlone(boolean perRep) {
        return "FROM " + (perRep ? "verdict_tally" : "verdict_team_tally") + " c\n";
    }

    /** The score tallies, per rep or per team, as {@link #verdictTallies}. */
    static String scoreTallies(boolean perRep) {
        return "FROM " + (perRep ? "score_tally" : "score_team_tally") + " c\nJOIN call_type t ON t.id = c.call_type_id\n";
    }

    /** Verdict tally rows whose counts all fell back to zero stand for no verdict. */
    static final String ANY_VERDICT = "HAVING SUM(c.met + c.missed + c.needs_review + c.not_applicable) > 0";

    private AnalyticsSql() {
    }

    /** Rows of a native query over one of the FROM clauses above (or another joining {@code c} and {@code t}) within the scope. */
    static List<Object[]> rows(String select, String from, CallScope scope, String extraWhere, String tail) {
        return rows(select, from, scope, extraWhere, tail, Map.of());
    }

    /** As above, binding {@code parameters} named in {@code extraWhere}. */
    @SuppressWarnings("unchecked")
    static List<Object[]> rows(String select, String from, CallScope scope, String extraWhere, String tail,
                               Map<String, Object> parameters) {
        String sql = select + "\n" + from + "WHERE " + scope.where()
                + (extraWhere == null ? "" : " AND " + extraWhere) + "\n" + (tail == null ? "" : tail);
        Query query = scope.bind(SalesCall.getEntityManager().createNativeQuery(sql));
        parameters.forEach(query::setParameter);
        return (List<Object[]>) query.getResultList();
    }
}
