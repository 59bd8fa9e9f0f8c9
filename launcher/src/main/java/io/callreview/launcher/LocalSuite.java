package io.callreview.launcher;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole suite on one machine: database, broker, the three services and the web app as separate processes.
 * Data lives under {@code home} and survives restarts.
 */
public final class LocalSuite implements AutoCloseable {

    public static final String SCORECARD = "scorecard-service";
    public static final String COACHING = "coaching-service";
    public static final String NOTIFICATION = "notification-service";
    public static final String WEB = "web";

    /** A web port that starts no web app (the load harness and the API-only end-to-end test). */
    public static final int NO_WEB = -1;

    /** Where and on which ports to run; {@code 0} picks a free port (tests), {@link #NO_WEB} leaves the web app out. */
    public record Options(Path repository, Path home, int databasePort, int kafkaPort, int controllerPort,
                          int scorecardPort, int coachingPort, int notificationPort, int webPort,
                          Map<String, Map<String, String>> extraEnvironment) {

        public static Options localDefaults(Path repository, Path home) {
            return new Options(repository, home, 3316, 9092, 9093, 8081, 8082, 8083, 8080, Map.of());
        }

        public static Options freePorts(Path repository, Path home, Map<String, Map<String, String>> extraEnvironment) {
            return new Options(repository, home, 0, 0, 0, 0, 0, 0, 0, extraEnvironment);
        }

        public Options withoutWeb() {
            return new Options(repository, home, databasePort, kafkaPort, controllerPort, scorecardPort, coachingPort,
                    notificationPort, NO_WEB, extraEnvironment);
        }
    }

    private final Options options;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, String> secrets;
    private LocalDatabase database;
    private LocalKafka kafka;

    private LocalSuite(Options options, Map<String, String> secrets) {
        this.options = options;
        this.secrets = secrets;
    }

    public static LocalSuite start(Options options) throws Exception {
        requireFree(options.databasePort(), "the database");
        requireFree(options.kafkaPort(), "Kafka");
        requireFree(options.scorecardPort(), SCORECARD);
        requireFree(options.coachingPort(), COACHING);
        requireFree(options.notificationPort(), NOTIFICATION);
        requireFree(options.webPort(), WEB);
        Path home = options.home().toAbsolutePath();
        Path data = home.resolve("data");
        Path logs = home.resolve("logs");
        Files.createDirectories(data);
        SigningKeys.ensure(home.resolve("keys"));
        LocalSuite suite = new LocalSuite(options, SuiteSecrets.ensure(home.resolve("secrets.properties")));
        try {
            suite.database = LocalDatabase.start(data, port(options.databasePort()),
                    List.of("scorecard", "coaching", "notification"));
            suite.kafka = LocalKafka.create(data, logs, port(options.kafkaPort()), port(options.controllerPort())).startAndAwait();
            int scorecardPort = port(options.scorecardPort());
            int coachingPort = port(options.coachingPort());
            int notificationPort = port(options.notificationPort());
            int webPort = options.webPort() == NO_WEB ? NO_WEB : port(options.webPort());
            // the links in emails and chat messages lead to the web app, or to the API when there is none
            String appUrl = "http://localhost:" + (webPort == NO_WEB ? notificationPort : webPort);
            // the demo's recording is served from this machine over plain http
            suite.addService(SCORECARD, "scorecard", scorecardPort, logs, Map.of(
                    "RECORDING_DOWNLOAD_HOSTS", "api.twilio.com,zoom.us,*.zoom.us,127.0.0.1",
                    "CALLREVIEW_RECORDINGS_ALLOW_HTTP_DOWNLOADS", "true"));
            suite.addService(COACHING, "coaching", coachingPort, logs, Map.of("APP_URL", appUrl));
            suite.addService(NOTIFICATION, "notification", notificationPort, logs, Map.of(
                    "QUARKUS_MAILER_MOCK", "true",
                    "APP_URL", appUrl,
                    "CHAT_ALLOW_INSECURE_LOCALHOST", "true"));
            if (webPort != NO_WEB) {
                suite.addWeb(webPort, logs, scorecardPort, coachingPort, notificationPort);
            }
            for (ServiceProcess service : suite.services.values()) {
                service.start();
            }
            for (ServiceProcess service : suite.services.values()) {
                service.awaitReady(Duration.ofMinutes(3));
            }
            return suite;
        } catch (Exception e) {
            suite.close();
            throw e;
        }
    }

    private static void requireFree(int port, String what) {
        if (port > 0 && Ports.inUse(port)) {
            throw new IllegalStateException("port " + port + " for " + what + " is taken: is the suite already running?");
        }
    }

    private static int port(int requested) {
        return requested == 0 ? Ports.free() : requested;
    }

    /** {@code localDefaults}: local-only settings, such as emails written to the notification log instead of sent. */
    private void addService(String name, String databaseName, int port, Path logs, Map<String, String> localDefaults) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(port));
        // the packaged services run with production defaults: health and metrics on a management port of their own
        int managementPort = Ports.free();
        env.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("SWAGGER_UI_ENABLED", "true");
        env.put("DB_URL", database.jdbcUrl(databaseName));
        env.put("DB_USER", "root");
        env.put("DB_PASSWORD", "");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("JWT_PUBLIC_KEY_LOCATION", options.home().toAbsolutePath().resolve("keys").resolve(SigningKeys.PUBLIC_KEY_FILE).toString());
        env.put("JWT_ISSUER", TokenMinter.DEFAULT_ISSUER);
        env.put("JWT_AUDIENCE", TokenMinter.DEFAULT_AUDIENCE);
        env.putAll(secrets);
        env.putAll(localDefaults);
        addProcess(name, port, managementPort, logs, env, "-Xmx384m");
    }

    /** The web app with the local sign-in: the demo users, tokens signed with the local key. */
    private void addWeb(int port, Path logs, int scorecardPort, int coachingPort, int notificationPort) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("SCORECARD_URL", "http://localhost:" + scorecardPort);
        env.put("COACHING_URL", "http://localhost:" + coachingPort);
        env.put("NOTIFICATION_URL", "http://localhost:" + notificationPort);
        env.put("WEB_LOCAL_SIGN_IN", "true");
        env.put("WEB_LOCAL_KEYS_DIR", options.home().toAbsolutePath().resolve("keys").toString());
        env.put("WEB_DEMO_USERS", String.join(",", DemoSeeder.SIGN_IN_USERS));
        env.put("JWT_ISSUER", TokenMinter.DEFAULT_ISSUER);
        addProcess(WEB, port, port, logs, env, "-Xmx256m");
    }

    /** {@code managementPort}: where health answers (the web app has no management interface: its own port). */
    private void addProcess(String name, int port, int managementPort, Path logs, Map<String, String> env, String heap) {
        Path jar = options.repository().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        env.putAll(options.extraEnvironment().getOrDefault(name, Map.of()));
        List<String> jvm = List.of(heap, "-XX:+UseSerialGC");
        services.put(name, new ServiceProcess(name, jar, port, managementPort, env, logs.resolve(name + ".log"), jvm));
    }

    /** Whether the web app runs (it does unless the options left it out). */
    public boolean hasWeb() {
        return services.containsKey(WEB);
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        return service;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalDatabase database() {
        return database;
    }

    public Map<String, String> secrets() {
        return secrets;
    }

    public TokenMinter tokenMinter() throws IOException {
        return new TokenMinter(SigningKeys.readPrivateKey(options.home().toAbsolutePath().resolve("keys")), TokenMinter.DEFAULT_ISSUER);
    }

    @Override
    public void close() {
        List<ChildProcess> reverse = new ArrayList<>(services.values());
        Collections.reverse(reverse);
        for (ChildProcess child : reverse) {
            stopQuietly(child);
        }
        if (kafka != null) {
            stopQuietly(kafka);
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("could not stop the database cleanly: " + e);
            }
        }
    }

    private static void stopQuietly(ChildProcess child) {
        try {
            child.stop(Duration.ofSeconds(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the data folder: databases, broker logs, keys and secrets. */
    public static void wipe(Path home) throws IOException {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
