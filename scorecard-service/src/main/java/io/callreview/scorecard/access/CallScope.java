package io.callreview.scorecard.access;

import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which calls a query covers: visible teams (null: every team), an optional rep and call type, and a period of
 * call start times (either end may be open). Renders itself as SQL over {@code sales_call c} joined to
 * {@code call_type t}, and binds its parameters.
 */
public record CallScope(Set<String> teams, String repId, String callType, Instant from, Instant to) {

    /** The WHERE conditions, joined with AND; never empty. */
    public String where() {
        List<String> conditions = new ArrayList<>();
        if (teams != null) {
            conditions.add(teams.isEmpty() ? "1 = 0" : "c.team_id IN (:scopeTeams)");
        }
        if (repId != null) {
            conditions.add("c.rep_id = :scopeRep");
        }
        if (callType != null) {
            conditions.add("t.type_key = :scopeType");
        }
        if (from != null) {
            conditions.add("c.started_at >= :scopeFrom");
        }
        if (to != null) {
            conditions.add("c.started_at < :scopeTo");
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }

    public Query bind(Query query) {
        if (teams != null && !teams.isEmpty()) {
            query.setParameter("scopeTeams", teams);
        }
        if (repId != null) {
            query.setParameter("scopeRep", repId);
        }
        if (callType != null) {
            query.setParameter("scopeType", callType);
        }
        if (from != null) {
            query.setParameter("scopeFrom", from);
        }
        if (to != null) {
            query.setParameter("scopeTo", to);
        }
        return query;
    }
}
