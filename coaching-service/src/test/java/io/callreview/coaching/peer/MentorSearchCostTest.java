package io.callreview.coaching.peer;

import io.callreview.coaching.Scenario;
import io.callreview.coaching.ServerRowReads;
import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import io.callreview.events.EventCodec;
import io.callreview.testsupport.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.callreview.coaching.Api.behaviour;
import static io.callreview.coaching.Api.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scored call asks who of the team can mentor, so the question must not cost more as the team's history grows:
 * it reads the look-back of the team's reps at the target, not every verdict the team ever had on the behaviour, nor
 * every rep's skill states. Counted with the database's own row reads (MariaDB's per-session handler counters) around
 * one search.
 */
@QuarkusTest
class MentorSearchCostTest {

    private static final String BUDGET = "ask-budget";
    private static final String DISCOVERY = "discovery";
    private static final Instant WEDNESDAY_10 = Instant.parse("2030-05-15T10:00:00Z");
    private static final String NEXT_STEPS = "next-steps";
    private static final String PAIN = "pain";
    private static final String TIMELINE = "timeline";
    private static final int OLD_CALLS = 60;
    private static final int OTHER_REPS = 40;

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @Inject
    MentorFinder mentors;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void findingATeamsMentorsReadsTheLookBackOfTheRepsAtTheTargetNotTheTeamsHistory() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String veteran = team.newRep();
        for (int i = 0; i < OLD_CALLS; i++) {
            // months before the peer look-back (90 days): history that no mentor search needs
            Scenario.Call old = team.call(veteran, WEDNESDAY_10.minus(Duration.ofDays(160)).plus(Duration.ofDays(i)));
            team.send(i % 3 == 0 ? old.missed(BUDGET) : old.met(BUDGET));
        }
        String mentor = team.newRep();
        Scenario.Call mentorsLast = null;
        for (int day = 8; day >= 2; day -= 2) {
            mentorsLast = team.call(mentor, WEDNESDAY_10.minus(Duration.ofDays(day))).met(BUDGET);
            team.send(mentorsLast);
        }
        team.reflection(mentor, Scenario.unique("nudge"), BUDGET, mentorsLast.id(), null, "I ask once they have named the pain",
                WEDNESDAY_10.minus(Duration.ofDays(1)));
        // the rest of the company: many skill states, none of this team, so reading them all would cost as much
        Scenario company = new Scenario(codec);
        List<String> others = IntStream.range(0, OTHER_REPS).mapToObj(i -> company.newRep()).toList();
        others.forEach(rep -> company.send(company.call(rep, WEDNESDAY_10.minus(Duration.ofDays(3)))
                .met(BUDGET).missed(NEXT_STEPS).met(PAIN).missed(TIMELINE)));
        others.forEach(rep -> awaitProfile(rep, p -> Integer.valueOf(1).equals(path(behaviour(p, TIMELINE), "record.reviews"))));
        awaitProfile(veteran, p -> Integer.valueOf(OLD_CALLS).equals(path(behaviour(p, BUDGET), "record.reviews")));
        awaitProfile(mentor, p -> Boolean.TRUE.equals(path(behaviour(p, BUDGET), "stage.atTarget")));

        long[] rowsRead = new long[1];
        List<PeerRecord> found = QuarkusTransaction.requiringNew().call(() -> {
            long first = rowReads();
            long perReading = rowReads() - first;
            long before = rowReads();
            List<PeerRecord> ranked = mentors.ranked(team.teamId(), DISCOVERY, BUDGET, new MentorFinder.Memo());
            rowsRead[0] = rowReads() - before - perReading;
            return ranked;
        });

        assertThat(found).extracting(PeerRecord::repId).containsExactly(mentor);
        assertThat(found.get(0).bestExample().callId()).isEqualTo(mentorsLast.id());
        assertThat(rowsRead[0]).as("rows the database read to find the team's mentors").isPositive()
                .isLessThan(OLD_CALLS / 2);
    }

    private long rowReads() {
        return ServerRowReads.sofar(em);
    }
}
