package io.callreview.coaching.nudge;

import io.callreview.coaching.Scenario;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.coaching.messaging.DisputeResolutions;
import io.callreview.events.DisputeResolved;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.Topics;
import io.callreview.events.Verdict;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.callreview.coaching.Api.awaitSchedule;
import static io.callreview.coaching.Api.awaitSettings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach reviews a call after its automatic feedback went out: the review gets its own feedback, led by the coach's
 * strength and focus picks and carrying the coach's comments; the coach's focus becomes one of the rep's focus behaviours.
 */
@QuarkusTest
class CoachReviewFeedbackTest {

    private static final Instant WEDNESDAY_10 = Instant.parse("2030-05-15T10:00:00Z");

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @Inject
    NudgeDispatcher dispatcher;

    @Inject
    DisputeResolutions disputes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoachsPicksAndCommentsReachTheRepInTheirOwnFeedback() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        Scenario.Call call = team.call(rep, WEDNESDAY_10.minus(Duration.ofHours(1)))
                .met("open-agenda").met("ask-budget").missed("next-steps").missed("name-competitor").missed("right-people")
                .weight("next-steps", 3).weight("name-competitor", 2).weight("right-people", 1);
        team.send(call);
        JsonPath automatic = awaitSchedule(rep, s -> feedback(s).size() == 1);
        assertThat(feedback(automatic).get(0).get("behaviourKey")).isEqualTo("next-steps");
        assertThat(awaitProfile(rep, p -> true).getList("focusBehaviours")).containsExactlyInAnyOrder("next-steps", "name-competitor");
        dispatcher.dispatchDue();
        awaitSchedule(rep, s -> "SENT".equals(feedback(s).get(0).get("status")));

        Instant reviewed = WEDNESDAY_10.plus(Duration.ofDays(3));
        clock.set(reviewed);
        team.send(call.revisedByCoach("coach-ana").met("open-agenda").met("ask-budget").missed("next-steps").missed("name-competitor")
                .missed("right-people")
                .picks("ask-budget", "right-people").comment("right-people", 300_000, "Ask who else signs off here.")
                .comment("next-steps", 540_000, "Propose a date here.").summary("Good discovery; close with a date.")
                .scoredAt(reviewed));

        JsonPath schedule = awaitSchedule(rep, s -> feedback(s).size() == 2);
        Map<String, Object> review = feedback(schedule).stream()
                .filter(n -> ((String) n.get("dedupeKey")).endsWith(":review:2")).findFirst().orElseThrow();
        assertThat(review.get("behaviourKey")).isEqualTo("right-people");
        assertThat((String) review.get("body")).contains("you ask budget")
                .contains("Your coach's focus for you next time: right people.")
                .contains("Your coach, coach-ana, says: “Ask who else signs off here.”")
                .startsWith("Your coach, coach-ana, says: “Good discovery; close with a date.”")
                .contains("Your coach also noted, on next steps (at 9:00): “Propose a date here.”");
        assertThat((String) review.get("reason")).contains("your coach (coach-ana) chose it as your focus");
        assertThat((List<Map<String, Object>>) review.get("actions")).anyMatch(a -> String.valueOf(a.get("url")).contains("t=300"));

        // the coach's focus leads the rep's focus behaviours, in place of the least valuable automatic one
        assertThat(awaitProfile(rep, p -> true).getList("focusBehaviours")).containsExactlyInAnyOrder("next-steps", "right-people");
    }

    @Test
    void aCoachsReviewReachesTheRepPastTheDailyCapAndTellsNotificationServiceSo() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        team.workingHours(rep, "UTC", "08:00", "18:00", Scenario.WEEKDAYS, 1);
        awaitSettings(rep, s -> !s.getBoolean("defaults") && s.getInt("dailyCap") == 1);
        Scenario.Call call = team.call(rep, WEDNESDAY_10.minus(Duration.ofHours(1))).met("open-agenda").missed("next-steps");
        team.send(call);
        awaitSchedule(rep, s -> feedback(s).size() == 1);
        dispatcher.dispatchDue();
        awaitSchedule(rep, s -> "SENT".equals(feedback(s).get(0).get("status")) && s.getInt("sentToday") == 1);

        Instant reviewed = WEDNESDAY_10.plus(Duration.ofHours(1));
        clock.set(reviewed);
        team.send(call.revisedByCoach("coach-ana").met("open-agenda").missed("next-steps")
                .picks("open-agenda", "next-steps").comment("next-steps", 540_000, "Propose a date here.").scoredAt(reviewed));
        dispatcher.dispatchDue();

        JsonPath schedule = awaitSchedule(rep, s -> feedback(s).stream()
                .anyMatch(n -> ((String) n.get("dedupeKey")).endsWith(":review:2") && "SENT".equals(n.get("status"))));
        assertThat(schedule.getInt("sentToday")).as("the review's feedback does not use up the cap").isEqualTo(1);
        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains(":review:2"), 1, Duration.ofSeconds(10)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"outsideDailyCap\":true"));
        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("POST_CALL_FEEDBACK") && !r.value().contains(":review:"), 1,
                Duration.ofSeconds(10)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"outsideDailyCap\":false"));
    }

    @Test
    void aResolvedDisputeIsToldToTheRepOnceAndAnAcceptedOnesNewScoreSendsNoReviewFeedback() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        Scenario.Call call = team.call(rep, WEDNESDAY_10.minus(Duration.ofHours(1))).met("open-agenda").missed("next-steps");
        sendAndFeedBack(team, rep, call);

        Instant resolved = WEDNESDAY_10.plus(Duration.ofHours(2));
        clock.set(resolved);
        team.send(call.revisedByAcceptedDispute("coach-ana", "dispute-1").met("open-agenda").met("next-steps").scoredAt(resolved));
        DisputeResolved accepted = new DisputeResolved("dispute-1", call.id(), rep, team.teamId(), "discovery", "next-steps",
                "Does the rep agree next steps?", DisputeResolved.Outcome.ACCEPTED, Verdict.MISSED, Verdict.MET,
                "The demo on Thursday is a dated next step.", "coach-ana", resolved, 2);
        EventEnvelope<DisputeResolved> envelope = team.send(EventContract.DISPUTE_RESOLVED, accepted);
        team.send(EventContract.DISPUTE_RESOLVED, new DisputeResolved("dispute-2", call.id(), rep, team.teamId(), "discovery",
                "open-agenda", "Does the rep set an agenda?", DisputeResolved.Outcome.REJECTED, Verdict.MET, null,
                "An agenda names what the call will cover.", "coach-ana", resolved, null));

        JsonPath schedule = awaitSchedule(rep, s -> feedback(s).size() == 3);
        Map<String, Object> yes = byKey(schedule, "dispute:dispute-1");
        assertThat(yes.get("title")).isEqualTo("coach-ana accepted your dispute");
        assertThat((String) yes.get("body")).contains("You disputed whether you agree next steps on your discovery call, graded missed.")
                .contains("It is now met").contains("Your coach, coach-ana, says: “The demo on Thursday is a dated next step.”");
        Map<String, Object> no = byKey(schedule, "dispute:dispute-2");
        assertThat(no.get("title")).isEqualTo("coach-ana kept the verdict you disputed");
        assertThat((String) no.get("body")).contains("The verdict stands.").contains("“An agenda names what the call will cover.”");
        assertThat(feedback(schedule)).as("no 'reviewed your call' feedback for the accepted dispute's revision")
                .noneMatch(n -> ((String) n.get("dedupeKey")).contains(":review:"));
        assertThat(awaitProfile(rep, p -> true).getInt("scoredCalls")).isEqualTo(1);

        assertThat(disputes.apply(envelope)).isEqualTo(DisputeResolutions.Outcome.DUPLICATE);
        dispatcher.dispatchDue();
        awaitSchedule(rep, s -> "SENT".equals(byKey(s, "dispute:dispute-1").get("status")));
        // the accepted one revises the feedback that called next steps missed, so the rep's inbox marks it; the rejected one nothing
        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("\"dispute:dispute-1\""), 1, Duration.ofSeconds(10)))
                .singleElement().satisfies(r -> assertThat(r.value())
                        .contains("\"revises\":[\"" + NudgeRules.postCallKey(call.id()) + "\"]"));
        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("\"dispute:dispute-2\""), 1, Duration.ofSeconds(10)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"revises\":[]"));
    }

    @Test
    void aCoachsReviewFeedbackStillWaitingIsWithdrawnWhenADisputeRevisesTheCallAgain() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        Scenario.Call call = team.call(rep, WEDNESDAY_10.minus(Duration.ofHours(1))).met("open-agenda").missed("next-steps");
        sendAndFeedBack(team, rep, call);

        // reviewed in the evening: its feedback waits for the rep's hours, with next steps as the coach's focus
        Instant evening = Instant.parse("2030-05-15T20:00:00Z");
        clock.set(evening);
        Scenario.Call reviewed = call.revisedByCoach("coach-ana").met("open-agenda").missed("next-steps")
                .picks("open-agenda", "next-steps").comment("next-steps", 540_000, "Propose a date here.").scoredAt(evening);
        team.send(reviewed);
        awaitSchedule(rep, s -> feedback(s).stream().anyMatch(n -> ((String) n.get("dedupeKey")).endsWith(":review:2")
                && "PENDING".equals(n.get("status"))));

        Instant resolved = evening.plus(Duration.ofMinutes(30));
        clock.set(resolved);
        team.send(reviewed.revisedByAcceptedDispute("coach-ana", "dispute-7").met("open-agenda").met("next-steps").scoredAt(resolved));

        Map<String, Object> review = byKey(awaitSchedule(rep, s -> "CANCELLED".equals(byKey(s, NudgeRules.coachReviewKey(call.id(), 2))
                .get("status"))), NudgeRules.coachReviewKey(call.id(), 2));
        assertThat((String) review.get("statusReason")).isEqualTo(NudgeRules.revisedBy(3));
    }

    /**
     * The call's feedback waits for the rep's hours when a coach accepts their dispute: the new score sends no feedback of
     * its own, but, as any later revision, rewrites the feedback still waiting, so the rep reads the call as scored now.
     */
    @Test
    void anAcceptedDisputesNewScoreRewritesTheCallsFeedbackStillWaiting() {
        Instant evening = Instant.parse("2030-05-15T20:00:00Z");
        clock.set(evening);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        Scenario.Call call = team.call(rep, evening.minus(Duration.ofHours(1))).met("open-agenda").missed("next-steps")
                .missed("ask-budget").weight("next-steps", 3).weight("ask-budget", 1);
        team.send(call);
        String key = NudgeRules.postCallKey(call.id());
        Map<String, Object> waiting = byKey(awaitSchedule(rep, s -> feedback(s).size() == 1), key);
        assertThat(waiting.get("status")).isEqualTo("PENDING");
        assertThat(waiting.get("behaviourKey")).isEqualTo("next-steps");

        Instant resolved = evening.plus(Duration.ofMinutes(30));
        clock.set(resolved);
        team.send(call.revisedByAcceptedDispute("coach-ana", "dispute-9").met("open-agenda").met("next-steps").missed("ask-budget")
                .scoredAt(resolved));

        JsonPath schedule = awaitSchedule(rep, s -> !"next-steps".equals(byKey(s, key).get("behaviourKey"))
                || !"PENDING".equals(byKey(s, key).get("status")));
        Map<String, Object> rewritten = byKey(schedule, key);
        assertThat(rewritten.get("status")).as("rewritten, not withdrawn: %s", rewritten.get("statusReason")).isEqualTo("PENDING");
        assertThat(rewritten.get("behaviourKey")).isEqualTo("ask-budget");
        assertThat(feedback(schedule)).as("no feedback of the dispute's own").singleElement();

        clock.set(Instant.parse("2030-05-16T09:05:00Z"));
        dispatcher.dispatchDue();
        awaitSchedule(rep, s -> "SENT".equals(byKey(s, key).get("status")));
        assertThat(KafkaTestClient.awaitRecords(Topics.NUDGE_REQUESTED,
                r -> rep.equals(r.key()) && r.value().contains("\"" + key + "\""), 1, Duration.ofSeconds(10)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"behaviourKey\":\"ask-budget\""));
    }

    /** The call scored, and its feedback sent. */
    private void sendAndFeedBack(Scenario team, String rep, Scenario.Call call) {
        team.send(call);
        awaitSchedule(rep, s -> feedback(s).size() == 1);
        dispatcher.dispatchDue();
        awaitSchedule(rep, s -> "SENT".equals(feedback(s).get(0).get("status")));
    }

    private static Map<String, Object> byKey(JsonPath schedule, String dedupeKey) {
        return feedback(schedule).stream().filter(n -> dedupeKey.equals(n.get("dedupeKey"))).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> feedback(JsonPath schedule) {
        List<Map<String, Object>> all = new ArrayList<>(schedule.<Map<String, Object>>getList("upcoming"));
        all.addAll(schedule.<Map<String, Object>>getList("recent"));
        return all.stream().filter(n -> "POST_CALL_FEEDBACK".equals(n.get("kind"))).toList();
    }
}
