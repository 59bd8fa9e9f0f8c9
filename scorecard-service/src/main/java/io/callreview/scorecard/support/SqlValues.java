package io.callreview.scorecard.support;

import java.math.BigDecimal;
import java.time.Instant;

/** Reads scalar columns of native queries the same way on MySQL and MariaDB drivers. */
public final class SqlValues {

    private SqlValues() {
    }

    /** From {@code UNIX_TIMESTAMP(column)}: seconds since the epoch, with fractions. */
    public static Instant epoch(Object value) {
        BigDecimal seconds = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        long whole = seconds.longValue();
        int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    public static long longValue(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Double doubleValue(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    public static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && ((Number) value).intValue() != 0;
    }

    public static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
