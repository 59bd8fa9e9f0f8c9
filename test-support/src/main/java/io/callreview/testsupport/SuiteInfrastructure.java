package io.callreview.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The global test resource of every service: a fresh database on the shared MariaDB, the shared Kafka
 * broker, and the test signing key. Use it with
 * {@code @WithTestResource(value = SuiteInfrastructure.class, scope = GLOBAL, initArgs = @ResourceArg(name = "database", value = "..."))}.
 */
public class SuiteInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "callreview_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedMariaDb.Server db = EmbeddedMariaDb.server();
        String databaseKey = "callreview.test.database." + database;
        if (System.getProperty(databaseKey) == null) {
            db.recreateDatabase(database);
            System.setProperty(databaseKey, "created");
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", db.databaseUrl(database),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password(),
                "kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers(),
                "mp.jwt.verify.publickey", TestTokens.publicKeyPem(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; shutdown hooks stop the servers when the JVM exits.
    }
}
