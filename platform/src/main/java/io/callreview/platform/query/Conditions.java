package io.callreview.platform.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The JPQL conditions of a list query and their named parameters, built up from optional filters. */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause}, whose one parameter is {@code name}, unless the filter's value is null. */
    public Conditions add(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
        return this;
    }

    /** Adds {@code clause} with all its parameters. */
    public Conditions require(String clause, Map<String, Object> clauseParams) {
        clauses.add(clause);
        params.putAll(clauseParams);
        return this;
    }

    /** The query that selects by these conditions in the given order. */
    public String query(String orderBy) {
        return (clauses.isEmpty() ? "" : String.join(" AND ", clauses) + " ") + "ORDER BY " + orderBy;
    }

    public Map<String, Object> params() {
        return params;
    }
}
