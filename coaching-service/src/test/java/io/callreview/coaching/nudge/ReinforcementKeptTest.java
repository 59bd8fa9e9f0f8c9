package io.callreview.coaching.nudge;

import io.callreview.coaching.HeldDispatcher;
import io.callreview.coaching.OrmWork;
import io.callreview.coaching.Scenario;
import io.callreview.coaching.messaging.CallScoring;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.NudgeRequested;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rep's call that grades other behaviours leaves a focus behaviour's pending reinforcement as it was planned, since
 * planning it again would make the same nudge; once its moment has come, or the basis it was planned from changed, it
 * is planned again.
 */
@QuarkusTest
class ReinforcementKeptTest extends HeldDispatcher {

    private static final Instant MONDAY_10 = Instant.parse("2030-05-13T10:00:00Z");
    private static final Instant TUESDAY_14 = MONDAY_10.plus(Duration.ofHours(28));
    private static final String BUDGET = "ask-budget";

    @Inject
    EventCodec codec;

    @Inject
    CallScoring scoring;

    @Inject
    NudgePlanner nudges;

    @Inject
    RepDirectory reps;

    @Test
    void aCallOnOtherBehavioursLeavesThePendingReinforcementAsPlanningAgainWouldMakeIt() {
        clock.set(TUESDAY_14.plus(Duration.ofMinutes(30)));
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        apply(team, team.call(rep, MONDAY_10.minus(Duration.ofDays(7))).met("open-agenda"));
        apply(team, team.call(rep, MONDAY_10).missed(BUDGET).met("open-agenda"));
        apply(team, team.call(rep, TUESDAY_14).met(BUDGET).met("open-agenda"));
        ScheduledNudge planned = reinforcement(rep);
        assertThat(planned.planBasis).hasSize(64);
        assertThat(planned.earliestAt).isAfter(clock.instant());

        clock.set(clock.instant().plus(Duration.ofHours(1)));
        OrmWork work = OrmWork.of(() -> apply(team, team.call(rep, clock.instant().minus(Duration.ofMinutes(40)))
                .type("demo").met("demo-rapport").met("demo-story")));
        ScheduledNudge kept = reinforcement(rep);
        assertThat(kept.id).isEqualTo(planned.id);
        assertThat(kept.updatedAt).as("not written again").isEqualTo(planned.updatedAt);
        assertThat(kept.planBasis).isEqualTo(planned.planBasis);
        assertThat(work.statementsWhere(sql -> sql.toLowerCase().startsWith("delete from nudge_prompt")))
                .as("its question is not asked again: %s", work.report()).isZero();

        // what planning again at this moment makes of it, with the basis forgotten
        QuarkusTransaction.requiringNew().run(() -> ScheduledNudge.update("planBasis = null WHERE id = ?1", kept.id));
        QuarkusTransaction.requiringNew().run(() -> nudges.refocus(reps.lock(rep)));
        ScheduledNudge replanned = reinforcement(rep);
        assertThat(replanned.updatedAt).as("planned again").isEqualTo(clock.instant());
        assertThat(List.of(replanned.dedupeKey, replanned.title, replanned.body, replanned.reason, replanned.earliestAt,
                replanned.dueAt, replanned.expiresAt, String.valueOf(replanned.practiceItem), replanned.planBasis))
                .isEqualTo(List.of(kept.dedupeKey, kept.title, kept.body, kept.reason, kept.earliestAt, kept.dueAt,
                        kept.expiresAt, String.valueOf(kept.practiceItem), kept.planBasis));

        // once the moment has come (the dispatcher held), the next call plans it again
        clock.set(kept.earliestAt.plus(Duration.ofMinutes(1)));
        apply(team, team.call(rep, clock.instant().minus(Duration.ofMinutes(40))).type("demo").met("demo-rapport"));
        ScheduledNudge due = reinforcement(rep);
        assertThat(due.updatedAt).isEqualTo(clock.instant());
        assertThat(due.status).isEqualTo(NudgeStatus.PENDING);
    }

    private void apply(Scenario team, Scenario.Call call) {
        scoring.apply(EventEnvelope.wrap(EventContract.CALL_SCORED, team.scored(call), clock.instant()));
    }

    private static ScheduledNudge reinforcement(String rep) {
        List<ScheduledNudge> pending = QuarkusTransaction.requiringNew().call(() -> ScheduledNudge.<ScheduledNudge>list(
                "repId = ?1 AND kind = ?2 AND status = ?3", rep, NudgeRequested.Kind.REINFORCEMENT, NudgeStatus.PENDING));
        assertThat(pending).as("the rep's one pending reinforcement").hasSize(1);
        assertThat(pending.get(0).behaviourKey).isEqualTo(BUDGET);
        return pending.get(0);
    }
}
