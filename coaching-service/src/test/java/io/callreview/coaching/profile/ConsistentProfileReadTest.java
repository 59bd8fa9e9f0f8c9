package io.callreview.coaching.profile;

import io.callreview.coaching.Scenario;
import io.callreview.coaching.messaging.CallScoring;
import io.callreview.events.CallScored;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rep's profile is built from several queries under READ COMMITTED. It must never show half of a
 * scored call: counted in one query and missing from the next.
 */
@QuarkusTest
class ConsistentProfileReadTest {

    @Inject
    EventCodec codec;

    @Inject
    CallScoring callScoring;

    @Test
    void aProfileReadWaitsForAScoredCallInProgressAndThenShowsAllOfIt() throws Exception {
        Scenario scenario = new Scenario(codec);
        String rep = scenario.newRep();
        Instant first = Instant.now().minus(2, ChronoUnit.DAYS);
        scenario.send(scenario.call(rep, first).missed("ask-budget"));
        awaitProfile(rep, p -> p.getLong("scoredCalls") == 1);

        EventEnvelope<CallScored> second = EventEnvelope.wrap(EventContract.CALL_SCORED,
                scenario.scored(scenario.call(rep, first.plus(1, ChronoUnit.DAYS)).met("ask-budget")), Instant.now());
        CountDownLatch applied = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> change = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            callScoring.apply(second);
            applied.countDown();
            awaitQuietly(commit);
        }));
        assertThat(applied.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<JsonPath> read = CompletableFuture.supplyAsync(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/reps/" + rep + "/profile").then().statusCode(200).extract().jsonPath());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !read.isDone());

        commit.countDown();
        change.get(30, TimeUnit.SECONDS);
        JsonPath profile = read.get(30, TimeUnit.SECONDS);
        assertThat(profile.getLong("scoredCalls")).isEqualTo(2);
        assertThat(profile.getInt("behaviours.find { it.behaviourKey == 'ask-budget' }.record.reviews")).isEqualTo(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
