package io.callreview.scorecard.audit;

import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ReviewFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log is append-only in the database and tamper-evident: each entry's hash covers its fields and the entry
 * before it, and the verification endpoint names the first entry a privileged user changed behind the service's back.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    EntityManager em;

    @Test
    void ingestionIsAuditedAndTheChainVerifies() {
        String type = CallFixtures.publishedDiscoveryType();
        String callId = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, CallFixtures.unique("rep"), "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        assertThat(ReviewFixtures.auditActions(callId)).contains("CALL_RECEIVED");

        JsonPath verification = verification();
        assertThat(verification.getBoolean("intact")).isTrue();
        assertThat(verification.getLong("verified")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        CallFixtures.publishedDiscoveryType();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE audit_entry SET actor_id = 'someone-else' WHERE sequence = 1").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM audit_entry WHERE sequence = 1").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    void anEntryChangedBehindTheServicesBackBreaksTheChainThere() {
        CallFixtures.publishedDiscoveryType();
        long sequence = QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT MAX(sequence) FROM audit_entry").getSingleResult()).longValue());
        String actor = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT actor_id FROM audit_entry WHERE sequence = ?1").setParameter(1, sequence).getSingleResult());
        withoutTheGuard("UPDATE audit_entry SET actor_id = 'intruder' WHERE sequence = " + sequence);
        try {
            JsonPath verification = verification();
            assertThat(verification.getBoolean("intact")).isFalse();
            assertThat(verification.getLong("brokenAt")).isEqualTo(sequence);
            assertThat(verification.getString("problem")).contains("no longer match");
        } finally {
            withoutTheGuard("UPDATE audit_entry SET actor_id = '" + actor + "' WHERE sequence = " + sequence);
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    private static JsonPath verification() {
        return given().auth().oauth2(TestTokens.admin()).when().get("/api/audit/verification")
                .then().statusCode(200).extract().jsonPath();
    }

    /** What a database administrator could do: lift the trigger, change a row, put the trigger back. */
    private void withoutTheGuard(String update) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DROP TRIGGER audit_entry_no_update").executeUpdate();
            em.createNativeQuery(update).executeUpdate();
            em.createNativeQuery("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'").executeUpdate();
        });
    }
}
