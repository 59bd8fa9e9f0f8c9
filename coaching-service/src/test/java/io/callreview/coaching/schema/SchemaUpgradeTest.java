package io.callreview.coaching.schema;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database migrated by the release of 2026-12-02 (every migration up to V30, before V9 and V10 were written) is
 * upgraded by the service's own Flyway settings: the lower-numbered migrations written since are applied, not refused.
 */
@QuarkusTest
class SchemaUpgradeTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path PLATFORM_MIGRATIONS = Path.of("../platform/src/main/resources/db/platform");
    /** Written after V30 had been released, though two of them are numbered below it. */
    private static final Set<String> WRITTEN_LATER = Set.of("V9", "V10", "V31");

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "quarkus.flyway.out-of-order")
    boolean outOfOrder;

    @Test
    void aDatabaseOfTheEarlierReleaseTakesTheMigrationsWrittenSince(@TempDir Path released) throws Exception {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> !WRITTEN_LATER.contains(version(f))).toList()) {
                Files.copy(file, released.resolve(file.getFileName()));
            }
        }
        String database = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String databaseUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        execute("CREATE DATABASE " + database);
        try {
            flyway(databaseUrl, "filesystem:" + released).migrate();

            Flyway current = flyway(databaseUrl, "filesystem:" + MIGRATIONS.toAbsolutePath());
            current.migrate();

            List<String> applied = Stream.of(current.info().applied()).map(m -> m.getVersion().getVersion()).toList();
            assertThat(applied).contains("9", "10", "30", "31");
            assertThat(current.info().pending()).isEmpty();
            assertThat(Stream.of(current.info().all()).map(MigrationInfo::getState))
                    .allMatch(state -> state == MigrationState.SUCCESS || state == MigrationState.OUT_OF_ORDER);
        } finally {
            execute("DROP DATABASE " + database);
        }
    }

    private Flyway flyway(String databaseUrl, String migrations) {
        return Flyway.configure()
                .dataSource(databaseUrl, user, password.orElse(""))
                .locations(migrations, "filesystem:" + PLATFORM_MIGRATIONS.toAbsolutePath())
                .outOfOrder(outOfOrder)
                .load();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password.orElse("")); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String version(Path migration) {
        return migration.getFileName().toString().split("__")[0];
    }
}
