package io.callreview.coaching.nudge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.coaching.Scenario;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.events.EventCodec;
import io.callreview.events.Topics;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.callreview.coaching.Api.awaitSchedule;
import static io.callreview.coaching.Api.awaitSettings;
import static io.callreview.coaching.Api.schedule;
import static org.assertj.core.api.Assertions.assertThat;

/** Micro-moments end to end: scored and scheduled calls in through the broker, nudges out on coaching.nudge-requested.v1. */
@QuarkusTest
class NudgeSchedulingTest {

    private static final Instant MONDAY_10 = Instant.parse("2030-05-13T10:00:00Z");
    private static final Instant WEDNESDAY_10 = Instant.parse("2030-05-15T10:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @Inject
    NudgeDispatcher dispatcher;

    @Inject
    ObjectMapper mapper;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(codec);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void postCallFeedbackLeadsWithAStrengthAndGivesExactlyOneFocus() throws Exception {
        clock.set(WEDNESDAY_10);
        String rep = scenario.newRep();
        Scenario.Call call = scenario.call(rep, WEDNESDAY_10.minusSeconds(3600))
                .met("open-agenda").missed("ask-budget").weight("ask-budget", 3)
                .missed("next-steps").missed("handle-objection").notApplicable("small-talk");
        scenario.send(call);

        JsonNode nudge = awaitNudge(rep, "POST_CALL_FEEDBACK");
        JsonNode payload = nudge.get("payload");
        assertThat(payload.get("dedupeKey").asText()).isEqualTo("post-call:" + call.id());
        assertThat(payload.get("callId").asText()).isEqualTo(call.id());
        assertThat(payload.get("behaviourKey").asText()).isEqualTo("ask-budget");
        String body = payload.get("body").asText();
        assertThat(body).startsWith("What went well: you open agenda (at 1:00): “" + Scenario.quote("open-agenda", call.id()) + "”.");
        assertThat(body).contains("One thing to focus on next time: ask budget.");
        assertThat(body).doesNotContain("next steps").doesNotContain("handle objection").doesNotContain("small talk");
        assertThat(body.indexOf("What went well")).isLessThan(body.indexOf("focus"));
        assertThat(payload.get("reason").asText()).contains("Focus: you did not ask budget, and of what you missed it matters most:"
                        + " it counts 3 times on your scorecard, and you did it on 0% of your recent calls.")
                .contains("The other 2 misses come in later moments");
        List<JsonNode> actions = mapper.convertValue(payload.get("actions"), mapper.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
        // the rep opened with an agenda but has never said why it works: the feedback asks them to reflect
        assertThat(actions).extracting(a -> a.get("type").asText())
                .containsExactly("REFLECTION", "SELF_ASSESSMENT", "OPEN_CALL_MOMENT", "ACKNOWLEDGE");
        assertThat(actions.get(0).get("question").asText()).contains("open agenda");
        assertThat(actions.get(1).get("question").asText()).isEqualTo("Did you ask budget on that call?");
        assertThat(actions.get(2).get("url").asText()).contains(call.id()).endsWith("t=210");
        assertThat(payload.get("priority").asText()).isEqualTo("NORMAL");

        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("POST_CALL_FEEDBACK"), 1, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void reinforcementFallsDueWhenPredictedRecallDropsBelowTheTarget() {
        Instant firstCall = MONDAY_10;
        Instant secondCall = MONDAY_10.plus(Duration.ofHours(28)); // Tuesday 14:00
        clock.set(secondCall.plus(Duration.ofMinutes(30)));
        String rep = scenario.newRep();
        // not a new rep (who would be trained first): a call a week earlier that did not grade budget
        scenario.send(scenario.call(rep, firstCall.minus(Duration.ofDays(7))).met("open-agenda"));
        // out of order: the later call arrives first, the history is replayed in call order all the same
        scenario.send(scenario.call(rep, secondCall).met("ask-budget").met("open-agenda"));
        scenario.send(scenario.call(rep, firstCall).missed("ask-budget").met("open-agenda"));

        Fsrs fsrs = Fsrs.withDefaults();
        Fsrs.MemoryState memory = fsrs.review(fsrs.review(null, 0, Fsrs.Grade.AGAIN), 28 / 24.0, Fsrs.Grade.GOOD);
        Instant dropsBelowNinety = secondCall.plusMillis(Math.round(fsrs.intervalDays(memory.stability(), 0.9) * 86_400_000));
        assertThat(dropsBelowNinety).isBetween(Instant.parse("2030-05-16T09:00:00Z"), Instant.parse("2030-05-16T17:30:00Z"));

        JsonPath schedule = awaitSchedule(rep, s -> s.getList("upcoming.kind").contains("REINFORCEMENT"));
        assertThat(awaitProfile(rep, p -> true).getList("focusBehaviours")).containsExactly("ask-budget");
        Map<String, Object> reinforcement = upcoming(schedule, "REINFORCEMENT");
        assertThat(Instant.parse((String) reinforcement.get("dueAt"))).isCloseTo(dropsBelowNinety, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
        assertThat(reinforcement.get("dedupeKey")).isEqualTo("reinforce:" + rep + ":ask-budget:2030-05-16");
        assertThat((String) reinforcement.get("reason")).startsWith("One of your focus behaviours is to ask budget")
                .contains("since you last practised it");
        assertThat(reinforcement.get("priority")).isEqualTo("LOW");

        clock.set(dropsBelowNinety.minusSeconds(60));
        dispatcher.dispatchDue();
        assertThat(upcoming(schedule(rep), "REINFORCEMENT").get("status")).isEqualTo("PENDING");
        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("REINFORCEMENT"), 1, Duration.ofSeconds(2))).isEmpty();

        clock.set(dropsBelowNinety.plusSeconds(1));
        dispatcher.dispatchDue();
        JsonNode sent = awaitNudge(rep, "REINFORCEMENT");
        assertThat(sent.at("/payload/behaviourKey").asText()).isEqualTo("ask-budget");
        assertThat(sent.at("/payload/body").asText()).contains("ask budget").contains("Quick check");
        assertThat(sent.at("/payload/actions/0/type").asText()).isEqualTo("QUIZ");
        assertThat(sent.at("/payload/expiresAt").asText()).isNotEmpty();
    }

    @Test
    void preCallNudgeComesAtTheLeadTimeAndFollowsAMovedCall() {
        clock.set(WEDNESDAY_10);
        String rep = scenario.newRep();
        scenario.send(scenario.call(rep, WEDNESDAY_10.minusSeconds(7200)).missed("ask-budget").met("open-agenda"));
        awaitProfile(rep, p -> p.getList("focusBehaviours").contains("ask-budget"));

        String scheduledCall = Scenario.unique("sched");
        scenario.schedule(rep, scheduledCall, Scenario.DISCOVERY, Instant.parse("2030-05-15T13:00:00Z"));
        Map<String, Object> preCall = upcoming(awaitSchedule(rep, s -> s.getList("upcoming.kind").contains("PRE_CALL")), "PRE_CALL");
        assertThat(preCall.get("dueAt")).isEqualTo("2030-05-15T12:30:00Z");
        assertThat(preCall.get("dedupeKey")).isEqualTo("pre-call:" + scheduledCall);

        // the CRM moves the call: the same nudge moves with it
        scenario.schedule(rep, scheduledCall, Scenario.DISCOVERY, Instant.parse("2030-05-15T15:00:00Z"));
        awaitSchedule(rep, s -> "2030-05-15T14:30:00Z".equals(upcoming(s, "PRE_CALL").get("dueAt")));
        assertThat(schedule(rep).getList("upcoming.kind").stream().filter("PRE_CALL"::equals).count()).isEqualTo(1);

        // no history on demo calls: nothing to say before a demo
        scenario.schedule(rep, Scenario.unique("sched"), "demo", Instant.parse("2030-05-15T16:00:00Z"));

        clock.set(Instant.parse("2030-05-15T14:30:01Z"));
        dispatcher.dispatchDue();
        JsonNode nudge = awaitNudge(rep, "PRE_CALL");
        assertThat(nudge.at("/payload/title").asText()).isEqualTo("Before your discovery call at 15:00");
        assertThat(nudge.at("/payload/behaviourKey").asText()).isEqualTo("ask-budget");
        assertThat(nudge.at("/payload/urgent").asBoolean()).isTrue();
        assertThat(nudge.at("/payload/priority").asText()).isEqualTo("HIGH");
        assertThat(nudge.at("/payload/expiresAt").asText()).isEqualTo("2030-05-15T15:00:00Z");
        assertThat(nudge.at("/payload/reason").asText()).startsWith("Your focus on discovery calls is to").contains("minutes before it starts");
        assertThat(schedule(rep).getList("upcoming.kind")).doesNotContain("PRE_CALL");
    }

    @Test
    void nudgesWaitForTheRepsWorkingHours() {
        String rep = scenario.newRep();
        scenario.workingHours(rep, "Europe/Berlin", "09:00", "17:00", Scenario.WEEKDAYS, 3);
        awaitSettings(rep, s -> !s.getBoolean("defaults") && "Europe/Berlin".equals(s.getString("timeZone")));
        Instant evening = Instant.parse("2030-05-15T19:00:00Z"); // 21:00 in Berlin
        clock.set(evening);
        scenario.send(scenario.call(rep, evening.minusSeconds(3600)).met("open-agenda").missed("ask-budget"));

        Map<String, Object> postCall = upcoming(awaitSchedule(rep, s -> s.getList("upcoming.kind").contains("POST_CALL_FEEDBACK")),
                "POST_CALL_FEEDBACK");
        assertThat(postCall.get("dueAt")).isEqualTo("2030-05-16T07:00:00Z"); // 09:00 in Berlin
        assertThat((String) postCall.get("statusReason")).contains("working hours");

        dispatcher.dispatchDue();
        assertThat(upcoming(schedule(rep), "POST_CALL_FEEDBACK").get("status")).isEqualTo("PENDING");

        clock.set(Instant.parse("2030-05-16T07:00:05Z"));
        dispatcher.dispatchDue();
        awaitNudge(rep, "POST_CALL_FEEDBACK");
    }

    @Test
    void feedbackWaitingForTheMorningGivesWayToALaterCallsWithTheSameFocus() {
        String rep = scenario.newRep();
        scenario.workingHours(rep, "UTC", "09:00", "17:00", Scenario.WEEKDAYS, 5);
        awaitSettings(rep, s -> !s.getBoolean("defaults") && s.getInt("dailyCap") == 5);
        Instant evening = Instant.parse("2030-05-15T19:00:00Z");
        clock.set(evening);
        Scenario.Call first = scenario.call(rep, evening.minusSeconds(7200)).met("open-agenda").missed("ask-budget");
        Scenario.Call otherFocus = scenario.call(rep, evening.minusSeconds(5400)).met("ask-budget").missed("open-agenda");
        Scenario.Call last = scenario.call(rep, evening.minusSeconds(3600)).met("open-agenda").missed("ask-budget");
        scenario.send(first);
        awaitSchedule(rep, s -> s.getList("upcoming.callId").contains(first.id()));
        scenario.send(otherFocus);
        scenario.send(last);

        JsonPath schedule = awaitSchedule(rep, s -> s.getList("upcoming.callId").contains(last.id())
                && s.getList("upcoming.callId").contains(otherFocus.id()));
        assertThat(schedule.getList("upcoming.findAll { it.kind == 'POST_CALL_FEEDBACK' }.callId"))
                .containsExactlyInAnyOrder(otherFocus.id(), last.id());
        assertThat(schedule.getString("recent.find { it.callId == '" + first.id() + "' }.status")).isEqualTo("CANCELLED");
        assertThat(schedule.getString("recent.find { it.callId == '" + first.id() + "' }.statusReason"))
                .isEqualTo("superseded by the feedback on the rep's later call " + last.id() + ", which has the same focus");
    }

    @Test
    void theDailyCapHoldsBackWhatExceedsItUntilTheNextWorkingDay() {
        String rep = scenario.newRep();
        scenario.workingHours(rep, "UTC", "08:00", "18:00", Scenario.WEEKDAYS, 2);
        awaitSettings(rep, s -> !s.getBoolean("defaults") && s.getInt("dailyCap") == 2);
        clock.set(WEDNESDAY_10);
        for (int i = 3; i >= 1; i--) {
            scenario.send(scenario.call(rep, WEDNESDAY_10.minusSeconds(1800L * i)).met("open-agenda").missed("ask-budget"));
        }
        JsonPath schedule = awaitSchedule(rep, s -> s.getInt("sentToday") == 2
                && s.getList("upcoming.findAll { it.kind == 'POST_CALL_FEEDBACK' }").size() == 1
                && String.valueOf(upcoming(s, "POST_CALL_FEEDBACK").get("statusReason")).contains("daily cap"));
        Map<String, Object> held = upcoming(schedule, "POST_CALL_FEEDBACK");
        assertThat(held.get("dueAt")).isEqualTo("2030-05-16T08:00:00Z");
        assertThat((String) held.get("statusReason")).contains("daily cap of 2 nudges reached today");
        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("POST_CALL_FEEDBACK"), 2, Duration.ofSeconds(5))).hasSize(2);

        clock.set(Instant.parse("2030-05-16T08:00:01Z"));
        dispatcher.dispatchDue();
        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("POST_CALL_FEEDBACK"), 3, WAIT)).hasSize(3);
    }

    private JsonNode awaitNudge(String rep, String kind) {
        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("\"kind\":\"" + kind + "\""), WAIT);
        try {
            return mapper.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> upcoming(JsonPath schedule, String kind) {
        return (Map<String, Object>) schedule.getList("upcoming", Map.class).stream()
                .filter(n -> kind.equals(n.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pending " + kind + " in " + schedule.prettify()));
    }
}
