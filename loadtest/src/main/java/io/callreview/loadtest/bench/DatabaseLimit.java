package io.callreview.loadtest.bench;

import io.callreview.loadtest.suite.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own ceiling on this machine: single-row INSERT transactions (autocommit: one statement, one commit)
 * over JDBC from {@code threads} connections, into a scratch database on the same MariaDB server the suite uses.
 * Every business change of the suite is at least one such transaction, so this bounds what the services can do.
 */
public final class DatabaseLimit {

    public static final String SCRATCH = "bench_scratch";

    public record Result(int threads, long transactions, double seconds) {
        public double perSecond() {
            return transactions / seconds;
        }
    }

    private DatabaseLimit() {
    }

    public static Result measure(Sql sql, int threads, Duration warmUp, Duration measured) throws Exception {
        try (Connection connection = sql.connectServer(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("CREATE TABLE " + SCRATCH + ".insert_probe (id BIGINT NOT NULL AUTO_INCREMENT, rep_id VARCHAR(64) NOT NULL,"
                    + " payload VARCHAR(600) NOT NULL, created_at TIMESTAMP(6) NOT NULL, PRIMARY KEY (id))"
                    + " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4");
        }
        try {
            AtomicBoolean counting = new AtomicBoolean(false);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong done = new AtomicLong();
            String payload = "x".repeat(500);
            List<Thread> workers = new ArrayList<>();
            List<Exception> failures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String rep = "rep-" + t;
                Thread worker = new Thread(() -> {
                    try (Connection connection = sql.connect(SCRATCH);
                         PreparedStatement insert = connection.prepareStatement(
                                 "INSERT INTO insert_probe (rep_id, payload, created_at) VALUES (?, ?, ?)")) {
                        connection.setAutoCommit(true);
                        while (running.get()) {
                            insert.setString(1, rep);
                            insert.setString(2, payload);
                            insert.setTimestamp(3, Timestamp.from(Instant.now()));
                            insert.executeUpdate();
                            if (counting.get()) {
                                done.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }, "db-limit-" + t);
                workers.add(worker);
                worker.start();
            }
            Thread.sleep(warmUp.toMillis());
            counting.set(true);
            long start = System.nanoTime();
            Thread.sleep(measured.toMillis());
            long count = done.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            counting.set(false);
            running.set(false);
            for (Thread worker : workers) {
                worker.join(30_000);
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("the insert probe failed", failures.get(0));
            }
            return new Result(threads, count, seconds);
        } finally {
            try (Connection connection = sql.connectServer(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            }
        }
    }
}
