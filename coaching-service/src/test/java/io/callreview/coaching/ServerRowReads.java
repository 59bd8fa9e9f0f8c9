package io.callreview.coaching;

import jakarta.persistence.EntityManager;
import java.util.List;

/** The rows the database has read on this transaction's connection (MariaDB's per-session handler counters). */
public final class ServerRowReads {

    private ServerRowReads() {
    }

    /** Index and table reads so far; reading them costs a few reads itself. */
    public static long sofar(EntityManager em) {
        List<?> rows = em.createNativeQuery("SHOW SESSION STATUS WHERE Variable_name IN ('Handler_read_first',"
                + " 'Handler_read_key', 'Handler_read_last', 'Handler_read_next', 'Handler_read_prev', 'Handler_read_rnd',"
                + " 'Handler_read_rnd_next')").getResultList();
        return rows.stream().mapToLong(row -> Long.parseLong(String.valueOf(((Object[]) row)[1]))).sum();
    }
}
