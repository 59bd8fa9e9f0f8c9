package io.callreview.coaching.skill;

import io.callreview.coaching.HeldDispatcher;
import io.callreview.coaching.OrmWork;
import io.callreview.coaching.Scenario;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.messaging.CallScoring;
import io.callreview.coaching.messaging.ResponseRecording;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.EventCodec;
import io.callreview.events.RepResponse;
import io.callreview.events.Verdict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scored call later than all of the rep's earlier ones extends their skill states from the latest verdicts instead of
 * recomputing them from the whole history. After every event of a mixed history (calls in order with undecided
 * verdicts, self-assessments about earlier calls, a behaviour seen for the first time, a late call, a coach's
 * revision) the stored states must equal what a recomputation from the whole history gives.
 */
@QuarkusTest
class SkillStateExtensionTest extends HeldDispatcher {

    private static final Instant NOW = Instant.parse("2030-06-20T10:00:00Z");
    private static final List<String> BEHAVIOURS = List.of("ask-budget", "next-steps", "pain");
    private static final String LATE_BEHAVIOUR = "timeline";
    /** A statement that reads the rep's whole history of verdicts, oldest first. */
    private static final Predicate<String> WHOLE_HISTORY = sql -> sql.contains("from call_verdict")
            && sql.contains("rep_id=?") && sql.replaceAll("\\s+", " ").contains("order by cv1_0.call_started_at,cv1_0.call_id");

    @Inject
    EventCodec codec;

    @Inject
    CallScoring scoring;

    @Inject
    ResponseRecording responses;

    @Inject
    SkillStates skillStates;

    @Inject
    RepDirectory reps;

    @Test
    void theStatesAfterEveryEventAreThoseOfTheWholeHistory() {
        clock.set(NOW);
        Random random = new Random(42);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        List<Scenario.Call> calls = new ArrayList<>();
        Instant at = NOW.minus(Duration.ofDays(90));
        int extended = 0;
        for (int n = 0; n < 36; n++) {
            at = at.plus(Duration.ofHours(4 + random.nextInt(40)));
            Scenario.Call call = team.call(rep, at);
            for (String behaviour : BEHAVIOURS) {
                call.verdict(behaviour, n == 0 ? Verdict.MET : randomVerdict(random));
            }
            if (n >= 20) {
                // first seen on call 20: no state to extend yet, so that behaviour is recomputed there
                call.verdict(LATE_BEHAVIOUR, n == 20 ? Verdict.MISSED : randomVerdict(random));
            }
            calls.add(call);
            OrmWork work = OrmWork.of(() -> apply(team, call));
            if (n > 0 && n != 20) {
                assertThat(work.statementsWhere(WHOLE_HISTORY)).as("call %d is extended, not recomputed:%n%s", n, work.report())
                        .isZero();
                extended++;
            }
            assertStatesAreThoseOfTheWholeHistory(rep, "after call " + n);
            if (n % 4 == 3) {
                Scenario.Call about = calls.get(random.nextInt(calls.size()));
                RepResponse.SelfAssessment answer = RepResponse.SelfAssessment.values()[random.nextInt(3)];
                respond(new RepResponse(Scenario.unique("resp"), Scenario.unique("nudge"), rep, BEHAVIOURS.get(n % 3),
                        about.id(), RepResponse.Kind.SELF_ASSESSMENT, answer, at.plus(Duration.ofHours(1))));
                assertStatesAreThoseOfTheWholeHistory(rep, "after an answer about call " + about.id());
            }
        }
        assertThat(extended).isEqualTo(34);

        Scenario.Call late = team.call(rep, NOW.minus(Duration.ofDays(60))).met("ask-budget").missed("pain");
        OrmWork lateWork = OrmWork.of(() -> apply(team, late));
        assertThat(lateWork.statementsWhere(WHOLE_HISTORY)).as("a late call is recomputed").isPositive();
        assertStatesAreThoseOfTheWholeHistory(rep, "after a late call");

        Scenario.Call latest = calls.get(calls.size() - 1);
        Scenario.Call review = latest.revisedByCoach("coach-1").met("ask-budget").missed("next-steps").met("pain").met(LATE_BEHAVIOUR);
        apply(team, review);
        assertStatesAreThoseOfTheWholeHistory(rep, "after a coach's revision");

        Scenario.Call next = team.call(rep, at.plus(Duration.ofDays(1))).met("ask-budget").met("next-steps").missed("pain");
        assertThat(OrmWork.of(() -> apply(team, next)).statementsWhere(WHOLE_HISTORY)).isZero();
        assertStatesAreThoseOfTheWholeHistory(rep, "after a call following the revision");
    }

    private static Verdict randomVerdict(Random random) {
        int dice = random.nextInt(10);
        return dice < 5 ? Verdict.MET : dice < 8 ? Verdict.MISSED : dice < 9 ? Verdict.NOT_APPLICABLE : Verdict.NEEDS_REVIEW;
    }

    /** The rep's stored states, then the same states recomputed from the whole history, in a transaction rolled back. */
    private void assertStatesAreThoseOfTheWholeHistory(String repId, String when) {
        List<String> stored = new ArrayList<>();
        List<String> recomputed = new ArrayList<>();
        QuarkusTransaction.begin();
        try {
            SkillState.forRep(repId).forEach(state -> stored.add(describe(state)));
            List<String> keys = new ArrayList<>(BEHAVIOURS);
            keys.add(LATE_BEHAVIOUR);
            skillStates.recompute(reps.lock(repId), keys).states().forEach(state -> recomputed.add(describe(state)));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(stored).as(when).isNotEmpty();
        assertThat(stored).as(when).containsExactlyInAnyOrderElementsOf(recomputed);
    }

    private static String describe(SkillState s) {
        return String.join(" ", s.behaviourKey, s.teamId, s.question, s.category, String.valueOf(s.weight),
                String.valueOf(s.lastVerdict), s.lastCallType, "reviews=" + s.reviews, "met=" + s.met, "missed=" + s.missed,
                "recent=" + s.recentMet + "/" + s.recentReviews, "S=" + s.stability, "D=" + s.difficulty,
                "last=" + s.lastReviewAt, String.valueOf(s.stage), "consistent=" + s.consistent,
                "gap=" + s.gapAcknowledged, s.stageBasis);
    }

    private void apply(Scenario team, Scenario.Call call) {
        scoring.apply(EventEnvelope.wrap(EventContract.CALL_SCORED, team.scored(call), NOW));
    }

    private void respond(RepResponse response) {
        responses.apply(EventEnvelope.wrap(EventContract.REP_RESPONSE, response, NOW));
    }
}
