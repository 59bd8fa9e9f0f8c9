package io.callreview.coaching.messaging;

import io.callreview.coaching.OrmWork;
import io.callreview.coaching.Scenario;
import io.callreview.events.CallScored;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.EventCodec;
import io.callreview.events.RepResponse;
import io.callreview.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.callreview.coaching.Api.behaviour;
import static io.callreview.coaching.Api.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one scored call costs the database, counted (statements and entities loaded on the applying thread, the
 * commit's flush included), for a rep with a realistic history: 40 earlier calls graded on five behaviours, in a team
 * of five (the peers with 20 calls each) whose consciously competent reps can mentor. Counts are deterministic for the same history, so the bounds
 * below guard against a collaborator that goes back to reading the rep's history again; the numbers are printed.
 */
@QuarkusTest
class CallScoringCostTest {

    private static final Instant NOW = Instant.parse("2030-05-15T10:00:00Z");
    private static final int EARLIER_CALLS = 40;
    private static final int PEER_CALLS = 20;
    private static final String BUDGET = "ask-budget";
    private static final String NEXT_STEPS = "next-steps";
    private static final String PAIN = "pain";
    private static final String TIMELINE = "timeline";
    private static final String DECISION_MAKER = "decision-maker";
    private static final List<String> BEHAVIOURS = List.of(BUDGET, NEXT_STEPS, PAIN, TIMELINE, DECISION_MAKER);

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @Inject
    CallScoring scoring;

    @Inject
    ResponseRecording responses;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aScoredCallReadsTheRepsHistoryOnce() {
        clock.set(NOW);
        Scenario team = new Scenario(codec);
        List<String> peers = List.of(team.newRep(), team.newRep(), team.newRep(), team.newRep());
        for (int p = 0; p < peers.size(); p++) {
            seedPeer(team, peers.get(p), p, p < 2);
        }
        String rep = team.newRep();
        seedRep(team, rep);
        JsonPath before = awaitProfile(rep, profile -> true);
        assertThat(path(behaviour(before, BUDGET), "diagnosis.approach")).isEqualTo("MENTORING");
        assertThat(path(behaviour(before, PAIN), "diagnosis.approach")).isEqualTo("COACHING");
        assertThat(path(behaviour(before, TIMELINE), "diagnosis.approach")).isEqualTo("TRAINING");

        Scenario.Call call = team.call(rep, NOW.minus(Duration.ofHours(1)));
        BEHAVIOURS.forEach(b -> verdictOfRep(call, b, EARLIER_CALLS));
        OrmWork.Counted<CallScoring.Outcome> scored = OrmWork.of(() -> apply(team, call));
        Scenario.Call review = call.revisedByCoach("coach-1").picks(PAIN, NEXT_STEPS);
        BEHAVIOURS.forEach(b -> verdictOfRep(review, b, EARLIER_CALLS));
        review.met(NEXT_STEPS);
        OrmWork.Counted<CallScoring.Outcome> reviewed = OrmWork.of(() -> apply(team, review));

        System.out.printf("%nCallScored, a new call after %d earlier ones (5 behaviours, 4 peers with 20 calls): %s%n", EARLIER_CALLS,
                scored.work().report());
        System.out.printf("CallScored, a coach's revision of that call: %s%n", reviewed.work().report());
        assertThat(scored.result()).isEqualTo(CallScoring.Outcome.APPLIED);
        assertThat(reviewed.result()).isEqualTo(CallScoring.Outcome.APPLIED);
    }

    private CallScoring.Outcome apply(Scenario team, Scenario.Call call) {
        return scoring.apply(EventEnvelope.wrap(EventContract.CALL_SCORED, team.scored(call), NOW));
    }

    private static Instant callAt(int n, int rep) {
        return NOW.minus(Duration.ofDays(2L * (EARLIER_CALLS - n) + 1)).plus(Duration.ofMinutes(rep));
    }

    /** Peers do most behaviours (about six calls in seven); the first two can say why. */
    private void seedPeer(Scenario team, String peer, int p, boolean reflects) {
        Scenario.Call last = null;
        for (int n = EARLIER_CALLS - PEER_CALLS; n < EARLIER_CALLS; n++) {
            Scenario.Call call = team.call(peer, callAt(n, p + 1));
            for (int b = 0; b < BEHAVIOURS.size(); b++) {
                boolean met = n == EARLIER_CALLS - 1 || (n + b + p) % 7 != 0;
                call.verdict(BEHAVIOURS.get(b), met ? io.callreview.events.Verdict.MET : io.callreview.events.Verdict.MISSED);
            }
            apply(team, call);
            last = call;
        }
        if (reflects) {
            for (String behaviour : BEHAVIOURS) {
                respond(new RepResponse(Scenario.unique("resp"), Scenario.unique("nudge"), peer, behaviour, last.id(),
                        RepResponse.Kind.REFLECTION, null, NOW.minus(Duration.ofHours(12)), null, "I wait for the right moment"));
            }
        }
    }

    /**
     * The rep never asks about budget and does not see it (mentoring), does the next steps every other call, does pain
     * but cannot say why (coaching), never asks about the timeline and said so (training), almost never names the
     * decision maker.
     */
    private void seedRep(Scenario team, String rep) {
        Scenario.Call last = null;
        for (int n = 0; n < EARLIER_CALLS; n++) {
            Scenario.Call call = team.call(rep, callAt(n, 0));
            for (String behaviour : BEHAVIOURS) {
                verdictOfRep(call, behaviour, n);
            }
            apply(team, call);
            last = call;
        }
        respond(new RepResponse(Scenario.unique("resp"), Scenario.unique("nudge"), rep, TIMELINE, last.id(),
                RepResponse.Kind.SELF_ASSESSMENT, RepResponse.SelfAssessment.NO, NOW.minus(Duration.ofHours(20))));
    }

    private static void verdictOfRep(Scenario.Call call, String behaviour, int n) {
        boolean met = switch (behaviour) {
            case BUDGET, TIMELINE -> false;
            case NEXT_STEPS -> n % 2 == 1;
            case PAIN -> n % 9 != 0;
            default -> n % 10 == 5;
        };
        call.verdict(behaviour, met ? io.callreview.events.Verdict.MET : io.callreview.events.Verdict.MISSED);
    }

    private void respond(RepResponse response) {
        responses.apply(EventEnvelope.wrap(EventContract.REP_RESPONSE, response, NOW));
    }
}
