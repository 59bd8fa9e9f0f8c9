package io.callreview.sim;

import io.callreview.coaching.rules.RepCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PoliciesTest {

    private static final SuiteRules RULES = SuiteRules.fromConfig();
    private static final RepCalendar CALENDAR = Team.defaultCalendar(RULES.config());
    private static final SimSettings SMALL = SimSettings.of(Map.of("reps", "3", "weeks", "2"));

    @Test
    void theSameSeedGivesTheSameRun() {
        assertThat(Simulation.run(SMALL, new SuitePolicy(RULES), CALENDAR))
                .isEqualTo(Simulation.run(SMALL, new SuitePolicy(RULES), CALENDAR));
        assertThat(Simulation.run(SMALL, new EveryCall(), CALENDAR))
                .isNotEqualTo(Simulation.run(SMALL.withSeed(SMALL.seed() + 1), new EveryCall(), CALENDAR));
    }

    @Test
    void everyPolicyMeetsTheSameRepsOnTheSameCalls() {
        List<WeekFigures> none = Simulation.run(SMALL, new NoNudges(), CALENDAR);
        List<WeekFigures> suite = Simulation.run(SMALL, new SuitePolicy(RULES), CALENDAR);
        assertThat(suite).extracting(WeekFigures::behaviourCalls).isEqualTo(none.stream().map(WeekFigures::behaviourCalls).toList());
    }

    @Test
    void noNudgesSendsNone() {
        assertThat(Simulation.run(SMALL, new NoNudges(), CALENDAR)).allSatisfy(week -> assertThat(week.nudges()).isZero());
        assertThat(Simulation.run(SMALL, new EveryCall(), CALENDAR)).allSatisfy(week -> assertThat(week.nudges()).isPositive());
    }

    @Test
    void theFixedScheduleRemindsWeeklyAndRetiresAfterTwoRightAnswers() {
        SimRep rep = Team.create(SimSettings.of(Map.of("reps", "1", "weeks", "2")), CALENDAR).get(0);
        FixedSchedule fixed = new FixedSchedule();
        Instant monday10 = Team.start(CALENDAR).plus(Duration.ofHours(10));
        String first = Behaviour.STARTER.get(0).key();

        List<Nudge> week1 = fixed.dispatch(rep, monday10);
        assertThat(week1).extracting(Nudge::behaviourKey).containsExactly(first);
        assertThat(fixed.dispatch(rep, monday10.plus(Duration.ofHours(1)))).isEmpty();
        fixed.answered(rep, week1.get(0), List.of(new Reply(week1.get(0).asks().get(0), true, monday10)));

        Instant nextMonday = monday10.plus(FixedSchedule.EVERY);
        List<Nudge> week2 = fixed.dispatch(rep, nextMonday).stream().filter(n -> n.behaviourKey().equals(first)).toList();
        assertThat(week2).hasSize(1);
        fixed.answered(rep, week2.get(0), List.of(new Reply(week2.get(0).asks().get(0), false, nextMonday)));
        List<Nudge> week3 = fixed.dispatch(rep, nextMonday.plus(FixedSchedule.EVERY)).stream().filter(n -> n.behaviourKey().equals(first)).toList();
        assertThat(week3).hasSize(1);
        assertThat(fixed.retired(rep, first)).isFalse();
        fixed.answered(rep, week3.get(0), List.of(new Reply(week3.get(0).asks().get(0), true, nextMonday)));

        assertThat(fixed.retired(rep, first)).isTrue();
        assertThat(fixed.dispatch(rep, nextMonday.plus(FixedSchedule.EVERY.multipliedBy(5)))).extracting(Nudge::behaviourKey)
                .doesNotContain(first);
    }
}
