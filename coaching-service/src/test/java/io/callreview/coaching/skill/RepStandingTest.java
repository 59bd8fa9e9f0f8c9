package io.callreview.coaching.skill;

import io.callreview.coaching.OrmWork;
import io.callreview.coaching.Scenario;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.messaging.CallScoring;
import io.callreview.coaching.messaging.ResponseRecording;
import io.callreview.coaching.peer.MentorFinder;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.RepResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rep's standing is read once per event: recomputing returns all the rep's skill states, a behaviour is diagnosed
 * once however often the steps ask, its peers are read for all the rep's behaviours at once, and the answers are those
 * of asking afresh.
 */
@QuarkusTest
class RepStandingTest {

    private static final String BUDGET = "ask-budget";
    private static final String NEXT_STEPS = "next-steps";
    private static final String PAIN = "pain";

    @Inject
    EventCodec codec;

    @Inject
    CallScoring scoring;

    @Inject
    ResponseRecording responses;

    @Inject
    RepDirectory reps;

    @Inject
    SkillStates skillStates;

    @Inject
    Diagnoses rules;

    @Inject
    Diagnosing diagnosing;

    @Inject
    FocusPolicy focus;

    @Inject
    MentorFinder mentors;

    @Test
    void theStepsOfOneEventShareTheDiagnosesAndTheyAreThoseOfAskingAfresh() {
        Scenario team = new Scenario(codec);
        Instant now = Instant.now();
        String mentor = team.newRep();
        Scenario.Call last = null;
        for (int day = 8; day >= 2; day -= 2) {
            last = team.call(mentor, now.minus(Duration.ofDays(day))).met(BUDGET).met(NEXT_STEPS).met(PAIN);
            apply(team, last);
        }
        responses.apply(EventEnvelope.wrap(EventContract.REP_RESPONSE, new RepResponse(Scenario.unique("resp"),
                Scenario.unique("nudge"), mentor, BUDGET, last.id(), RepResponse.Kind.REFLECTION, null,
                now.minus(Duration.ofDays(1)), null, "I ask once they have named the pain"), now));
        String rep = team.newRep();
        for (int day = 5; day >= 3; day--) {
            apply(team, team.call(rep, now.minus(Duration.ofDays(day))).missed(BUDGET).missed(NEXT_STEPS).met(PAIN));
        }

        QuarkusTransaction.requiringNew().run(() -> {
            Rep locked = reps.lock(rep);
            RepStanding standing = skillStates.recompute(locked, List.of(PAIN));
            assertThat(standing.states()).extracting(s -> s.behaviourKey).containsExactly(BUDGET, NEXT_STEPS, PAIN);
            assertThat(standing.scoredCallsUpTo(10)).isEqualTo(3);
            assertThat(standing.scoredCallsUpTo(2)).as("counted no further than asked").isEqualTo(2);
            standing.scoredCallsUpTo(rules.newRepCalls()); // as the diagnoses count them, so the counts below are the peers' alone
            assertThat(focus.focusKeys(standing)).isEqualTo(focus.focusKeys(rep));

            SkillState budget = standing.state(BUDGET).orElseThrow();
            SkillState nextSteps = standing.state(NEXT_STEPS).orElseThrow();
            OrmWork.Counted<Diagnoses.Diagnosis> first = OrmWork.of(() -> diagnosing.diagnose(standing, budget));
            OrmWork again = OrmWork.of(() -> diagnosing.diagnose(standing, budget)).work();
            OrmWork.Counted<Diagnoses.Diagnosis> other = OrmWork.of(() -> diagnosing.diagnose(standing, nextSteps));
            assertThat(first.work().statements()).as("the peers of every behaviour, read at once: who is at the target, their verdicts")
                    .isEqualTo(2);
            assertThat(again.statements()).as("asked again in the same event").isZero();
            assertThat(other.work().statements()).as("another behaviour: its peers were read with the first").isZero();

            Diagnoses.Diagnosis afresh = diagnosing.diagnose(budget, 3, new MentorFinder.Memo());
            assertThat(first.result()).isEqualTo(afresh);
            assertThat(first.result().approach().name()).isEqualTo("MENTORING");
            assertThat(mentors.ranked(team.teamId(), Scenario.DISCOVERY, BUDGET, standing.peers()))
                    .isEqualTo(mentors.ranked(team.teamId(), Scenario.DISCOVERY, BUDGET, new MentorFinder.Memo()))
                    .extracting(peer -> peer.repId()).containsExactly(mentor);
            assertThat(other.result()).isEqualTo(diagnosing.diagnose(nextSteps, 3, new MentorFinder.Memo()));
        });
    }

    private void apply(Scenario team, Scenario.Call call) {
        scoring.apply(EventEnvelope.wrap(EventContract.CALL_SCORED, team.scored(call), Instant.now()));
    }
}
