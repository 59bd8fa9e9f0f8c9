package io.callreview.coaching.nudge;

import io.callreview.coaching.Scenario;
import io.callreview.events.EventCodec;
import io.callreview.events.Topics;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitSchedule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post-call feedback due at once leaves with the score that planned it, not at the dispatcher's next pass: here the
 * pass never runs, and the feedback still reaches the topic. Spaced moments wait for the pass.
 */
@QuarkusTest
@TestProfile(FeedbackWithTheScoreTest.WithoutDispatcherPass.class)
class FeedbackWithTheScoreTest {

    private static final Instant WEDNESDAY_10 = Instant.parse("2030-05-15T10:00:00Z");

    /** No dispatcher pass at all in this instance. */
    public static class WithoutDispatcherPass implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coaching.scheduler.enabled", "false");
        }
    }

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void feedbackLeavesWithTheScoreAndSpacedMomentsWaitForThePass() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        Scenario.Call old = team.call(rep, WEDNESDAY_10.minus(Duration.ofDays(5))).met("open-agenda").met("ask-budget");
        Scenario.Call call = team.call(rep, WEDNESDAY_10.minusSeconds(600)).met("open-agenda").missed("ask-budget");
        team.send(old);
        team.send(call);

        assertThat(KafkaTestClient.awaitRecord(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("post-call:" + call.id()), Duration.ofSeconds(30))).isNotNull();
        JsonPath schedule = awaitSchedule(rep, s -> s.getList("recent.kind").contains("POST_CALL_FEEDBACK"));
        assertThat(schedule.getString("recent.find { it.kind == 'POST_CALL_FEEDBACK' }.sentAt")).isEqualTo(WEDNESDAY_10.toString());
        // the older call's feedback expired; nothing but the pass would send anything else that is due
        assertThat(schedule.getList("recent.findAll { it.kind != 'POST_CALL_FEEDBACK' && it.status == 'SENT' }")).isEmpty();
    }
}
