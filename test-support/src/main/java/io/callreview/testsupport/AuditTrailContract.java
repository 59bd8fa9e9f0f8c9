package io.callreview.testsupport;

import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every service's audit log guarantees: only admins read it; the database refuses to change or remove an entry;
 * an entry changed anyway (by a user who may lift the triggers) breaks the hash chain exactly there; and an
 * authenticated caller's refused request leaves an entry, an unauthenticated one none. Each service runs it as
 * {@code @QuarkusTest class AuditTrailTest extends AuditTrailContract}, against its real database.
 */
public abstract class AuditTrailContract {

    private static final String GUARD = "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW"
            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'";

    /** Makes the service write at least one audit entry through its API. */
    protected abstract void changeSomething();

    @Test
    public void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        changeSomething();
        long last = lastSequence();
        assertThatThrownBy(() -> execute("UPDATE audit_entry SET actor_id = 'someone-else' WHERE sequence = " + last))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM audit_entry WHERE sequence = " + last))
                .hasMessageContaining("append-only");
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    public void anEntryChangedBehindTheServicesBackBreaksTheChainThere() throws SQLException {
        changeSomething();
        long last = lastSequence();
        String actor = query("SELECT actor_id FROM audit_entry WHERE sequence = " + last);
        withoutTheGuard("UPDATE audit_entry SET actor_id = 'intruder' WHERE sequence = " + last);
        try {
            JsonPath verification = verification();
            assertThat(verification.getBoolean("intact")).isFalse();
            assertThat(verification.getLong("brokenAt")).isEqualTo(last);
            assertThat(verification.getString("problem")).contains("no longer match");
        } finally {
            withoutTheGuard("UPDATE audit_entry SET actor_id = " + (actor == null ? "NULL" : "'" + actor + "'")
                    + " WHERE sequence = " + last);
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    public void onlyAdminsReadTheLogAndEveryRefusalIsRecorded() {
        String rep = "audit-rep-" + System.nanoTime();
        given().auth().oauth2(TestTokens.rep(rep, "audit-team")).when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.coach(rep + "-coach", "audit-team")).when().get("/api/audit/verification")
                .then().statusCode(403);
        long before = deniedEntries();
        given().when().get("/api/audit").then().statusCode(401);

        JsonPath denied = given().auth().oauth2(TestTokens.admin()).queryParam("action", "ACCESS_DENIED").queryParam("actor", rep)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(denied.getList("items")).hasSize(1);
        assertThat(denied.getString("items[0].entityType")).isEqualTo("request");
        assertThat(denied.getString("items[0].entityId")).isEqualTo("GET /api/audit");
        assertThat(denied.getList("items[0].actorRoles")).containsExactly("rep");
        assertThat(denied.getInt("items[0].details.status")).isEqualTo(403);
        assertThat(denied.getString("items[0].details.reason")).contains("roles");
        assertThat(deniedEntries()).as("a request without a token leaves no entry").isEqualTo(before);
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    public void aCallerWhoKeepsBeingRefusedFillsNoMoreThanTheMinutesBudget() {
        String rep = "audit-prober-" + System.nanoTime();
        int budget = ConfigProvider.getConfig().getOptionalValue("callreview.audit.denials-per-minute", Integer.class).orElse(20);
        for (int i = 0; i < budget + 5; i++) {
            given().auth().oauth2(TestTokens.rep(rep, "audit-team")).when().get("/api/audit").then().statusCode(403);
        }

        JsonPath denied = given().auth().oauth2(TestTokens.admin()).queryParam("action", "ACCESS_DENIED").queryParam("actor", rep)
                .queryParam("size", 100).when().get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(denied.getList("items")).hasSize(budget);
        assertThat(denied.getString("items[0].details.reason")).contains("further denied requests this minute are not recorded");
        assertThat(denied.getString("items[1].details.reason")).doesNotContain("not recorded");
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    /** The admin's view of the chain. */
    public static JsonPath verification() {
        return given().auth().oauth2(TestTokens.admin()).when().get("/api/audit/verification")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The entries an admin finds on one entity, newest first. */
    public static JsonPath entries(String entityType, String entityId) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("entity", entityType).queryParam("entityId", entityId)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath();
    }

    private static long deniedEntries() {
        return Long.parseLong(query("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_DENIED'"));
    }

    private static long lastSequence() {
        return Long.parseLong(query("SELECT MAX(sequence) FROM audit_entry"));
    }

    /** What a database administrator could do: lift the trigger, change a row, put the trigger back. */
    private static void withoutTheGuard(String update) throws SQLException {
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER audit_entry_no_update");
            try {
                statement.executeUpdate(update);
            } finally {
                statement.execute(GUARD);
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String query(String sql) {
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static DataSource database() {
        return Arc.container().select(DataSource.class).get();
    }
}
