package io.callreview.coaching.messaging;

import io.callreview.coaching.Scenario;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.events.DisputeResolved;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.Verdict;
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
import static io.callreview.coaching.Api.behaviour;
import static io.callreview.coaching.Api.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call an admin moved to the rep whose call it is (scorecard-service's next revision of it, under the other rep)
 * leaves the first rep's coaching and joins the second's: skills, and the feedback about it.
 */
@QuarkusTest
class CallMovedTest {

    /** Outside the reps' working hours (09:00-17:30 UTC by default): post-call feedback waits for the morning. */
    private static final Instant WEDNESDAY_EVENING = Instant.parse("2030-05-15T20:00:00Z");
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2030-05-15T10:00:00Z");

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCallsSkillsAndWaitingFeedbackGoToTheRepItWasMovedTo() {
        clock.set(WEDNESDAY_EVENING);
        Scenario team = new Scenario(codec);
        String tom = team.newRep();
        String jessica = team.newRep();
        team.send(team.call(tom, WEDNESDAY_EVENING.minus(Duration.ofDays(1))).met("ask-budget"));
        Scenario.Call call = team.call(tom, WEDNESDAY_EVENING.minus(Duration.ofHours(1))).missed("ask-budget").met("next-steps");
        team.send(call);
        awaitProfile(tom, p -> p.getInt("scoredCalls") == 2);
        String nudgeId = (String) awaitFeedback(tom, call.id(), "PENDING").get("nudgeId");

        team.send(call.movedTo(jessica));

        JsonPath toms = awaitProfile(tom, p -> p.getInt("scoredCalls") == 1);
        assertThat(path(behaviour(toms, "ask-budget"), "record.missed")).isEqualTo(0);
        JsonPath jessicas = awaitProfile(jessica, p -> p.getInt("scoredCalls") == 1);
        assertThat(path(behaviour(jessicas, "ask-budget"), "record.missed")).isEqualTo(1);
        assertThat(path(behaviour(jessicas, "next-steps"), "record.met")).isEqualTo(1);
        Map<String, Object> moved = awaitFeedback(jessica, call.id(), "PENDING");
        assertThat(moved.get("nudgeId")).isEqualTo(nudgeId);
        assertThat(feedback(awaitSchedule(tom, s -> true), call.id())).isEmpty();
    }

    /** Tom was told about the call before it moved: Jessica, whose call it was, gets feedback of her own. */
    @Test
    void theRepItWasMovedToGetsFeedbackEvenWhenTheFirstRepHadIt() {
        clock.set(WEDNESDAY_MORNING);
        Scenario team = new Scenario(codec);
        String tom = team.newRep();
        String jessica = team.newRep();
        Scenario.Call call = team.call(tom, WEDNESDAY_MORNING.minus(Duration.ofMinutes(40))).missed("ask-budget").met("next-steps");
        team.send(call);
        Map<String, Object> toTom = awaitFeedback(tom, call.id(), "SENT");

        team.send(call.movedTo(jessica));

        awaitProfile(tom, p -> p.getInt("scoredCalls") == 0);
        Map<String, Object> toJessica = awaitFeedback(jessica, call.id(), "SENT");
        assertThat(toJessica.get("nudgeId")).isNotEqualTo(toTom.get("nudgeId"));
        assertThat(toJessica.get("dedupeKey")).isEqualTo(NudgeRules.movedCallKey(call.id(), jessica));
        assertThat(feedback(awaitSchedule(tom, s -> true), call.id())).extracting(n -> n.get("status")).containsExactly("SENT");
    }

    /**
     * Tom had disputed a verdict of the call: scorecard-service closed the dispute undecided when the call moved. Tom is
     * told so, and the move, which withdraws Tom's nudges about the call, leaves that notice alone.
     */
    @Test
    void theFirstRepIsToldTheirDisputeOfTheCallWasClosed() {
        clock.set(WEDNESDAY_EVENING);
        Scenario team = new Scenario(codec);
        String tom = team.newRep();
        String jessica = team.newRep();
        Scenario.Call call = team.call(tom, WEDNESDAY_EVENING.minus(Duration.ofHours(1))).missed("ask-budget");
        team.send(call);
        awaitFeedback(tom, call.id(), "PENDING");
        String disputeId = Scenario.unique("dispute");
        team.send(EventContract.DISPUTE_RESOLVED, new DisputeResolved(disputeId, call.id(), tom, team.teamId(), Scenario.DISCOVERY,
                "ask-budget", "Does the rep ask about budget?", DisputeResolved.Outcome.CLOSED, Verdict.MISSED, null,
                "the call was moved from " + tom + " to " + jessica + ": Jessica's call.", "admin-1", WEDNESDAY_EVENING, null));
        team.send(call.movedTo(jessica));

        awaitProfile(jessica, p -> p.getInt("scoredCalls") == 1);
        JsonPath toms = awaitSchedule(tom, s -> notice(s, disputeId) != null);
        Map<String, Object> notice = notice(toms, disputeId);
        assertThat(notice.get("status")).isEqualTo("PENDING");
        assertThat(notice.get("title")).isEqualTo("Your dispute was closed");
        assertThat((String) notice.get("body")).isEqualTo("You disputed whether you ask about budget on your discovery call."
                + " The dispute was closed without a decision: the call was moved from " + tom + " to " + jessica
                + ": Jessica's call. The call no longer counts in your scores or coaching.");
        assertThat(feedback(toms, call.id())).isEmpty();
    }

    private static Map<String, Object> notice(JsonPath schedule, String disputeId) {
        List<Map<String, Object>> all = new ArrayList<>(schedule.<Map<String, Object>>getList("upcoming"));
        all.addAll(schedule.<Map<String, Object>>getList("recent"));
        return all.stream().filter(n -> NudgeRules.disputeKey(disputeId).equals(n.get("dedupeKey"))).findFirst().orElse(null);
    }

    private static Map<String, Object> awaitFeedback(String rep, String callId, String status) {
        JsonPath schedule = awaitSchedule(rep, s -> feedback(s, callId).stream().anyMatch(n -> status.equals(n.get("status"))));
        return feedback(schedule, callId).stream().filter(n -> status.equals(n.get("status"))).findFirst().orElseThrow();
    }

    /** The rep's post-call feedback about the call, waiting or recent. */
    private static List<Map<String, Object>> feedback(JsonPath schedule, String callId) {
        List<Map<String, Object>> all = new ArrayList<>(schedule.<Map<String, Object>>getList("upcoming"));
        all.addAll(schedule.<Map<String, Object>>getList("recent"));
        return all.stream().filter(n -> String.valueOf(n.get("dedupeKey")).startsWith(NudgeRules.postCallKey(callId))).toList();
    }
}
