package io.callreview.scorecard.scoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to one tally table, summed per row key, written as one {@code INSERT ... ON DUPLICATE KEY UPDATE} that adds
 * them. Rows go in key order, the same in every transaction, so two transactions touching the same rows lock them in
 * the same order instead of deadlocking; rows whose changes cancel out are not touched at all. A change is given with
 * every dimension of the count by column name; the table keeps the dimensions among its key columns (a table without
 * {@code rep_id} sums the reps of a team), so one count feeds tables of several levels.
 */
final class TallyDeltas {

    private static final Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private final String table;
    private final List<String> keyColumns;
    private final List<String> valueColumns;
    private final Map<List<Object>, double[]> rows = new TreeMap<>(KEY_ORDER);

    TallyDeltas(String table, List<String> keyColumns, List<String> valueColumns) {
        this.table = table;
        this.keyColumns = keyColumns;
        this.valueColumns = valueColumns;
    }

    /**
     * Adds {@code values} (in the order of the value columns) to the row whose key columns have the values
     * {@code dimensions} gives them; dimensions that are not key columns of this table are summed over.
     */
    void add(Map<String, Object> dimensions, double... values) {
        List<Object> key = new ArrayList<>(keyColumns.size());
        for (String column : keyColumns) {
            Object value = dimensions.get(column);
            if (value == null) {
                throw new IllegalArgumentException(table + "." + column + " has no value");
            }
            key.add(value);
        }
        double[] sums = rows.computeIfAbsent(key, k -> new double[valueColumns.size()]);
        for (int i = 0; i < values.length; i++) {
            sums[i] += values[i];
        }
    }

    void write(EntityManager em) {
        List<Map.Entry<List<Object>, double[]>> changed = new ArrayList<>();
        for (Map.Entry<List<Object>, double[]> row : rows.entrySet()) {
            for (double value : row.getValue()) {
                if (value != 0) {
                    changed.add(row);
                    break;
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        String placeholders = "(" + String.join(", ", Collections.nCopies(keyColumns.size() + valueColumns.size(), "?")) + ")";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", keyColumns)).append(", ").append(String.join(", ", valueColumns)).append(") VALUES ")
                .append(String.join(", ", Collections.nCopies(changed.size(), placeholders)))
                .append(" ON DUPLICATE KEY UPDATE ");
        for (int i = 0; i < valueColumns.size(); i++) {
            String column = valueColumns.get(i);
            sql.append(i == 0 ? "" : ", ").append(column).append(" = ").append(column).append(" + VALUES(").append(column).append(')');
        }
        Query query = em.createNativeQuery(sql.toString());
        int position = 1;
        for (Map.Entry<List<Object>, double[]> row : changed) {
            for (Object key : row.getKey()) {
                query.setParameter(position++, key);
            }
            for (double value : row.getValue()) {
                query.setParameter(position++, value);
            }
        }
        query.executeUpdate();
    }
}
