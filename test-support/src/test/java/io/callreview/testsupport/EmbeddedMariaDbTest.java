package io.callreview.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test database keeps what the services store, through the JDBC URL and driver the services use: above all the
 * fraction of a second of a timestamp, which Connector/J drops for a server it takes for MySQL older than 5.6.4.
 */
class EmbeddedMariaDbTest {

    private static final Instant AT = Instant.parse("2026-12-02T11:23:23.456789Z");

    @Test
    void timestampsKeepTheirMicroseconds() throws Exception {
        EmbeddedMariaDb.Server server = EmbeddedMariaDb.server();
        server.recreateDatabase("testsupport_fractions");
        try (Connection connection = DriverManager.getConnection(server.databaseUrl("testsupport_fractions"),
                server.user(), server.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE stamps (n INT PRIMARY KEY, at TIMESTAMP(6) NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stamps VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setTimestamp(2, Timestamp.from(AT));
                insert.addBatch();
                insert.setInt(1, 2);
                insert.setObject(2, AT);
                insert.addBatch();
                insert.setInt(1, 3);
                insert.setObject(2, AT.atOffset(ZoneOffset.UTC));
                insert.addBatch();
                insert.executeBatch();
            }
            List<String> stored = new ArrayList<>();
            List<Instant> read = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT CAST(at AS CHAR), at FROM stamps ORDER BY n")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                    read.add(rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
            assertThat(stored).containsExactly("2026-12-02 11:23:23.456789", "2026-12-02 11:23:23.456789",
                    "2026-12-02 11:23:23.456789");
            assertThat(read).containsExactly(AT, AT, AT);
        }
    }
}
