package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeRules.Timing;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NudgeRulesTest {

    private static final Instant WEDNESDAY_10 = Instant.parse("2025-03-05T10:00:00Z");
    private final RepCalendar utc = new RepCalendar(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private final NudgeRules rules = new NudgeRules(new NudgeRules.Thresholds(0.9, 2, Duration.ofDays(2), Duration.ofHours(20),
            Duration.ofDays(3), Duration.ofMinutes(30)), Fsrs.withDefaults());

    @Test
    void eachPurposeHasItsKey() {
        assertThat(NudgeRules.postCallKey("c-1")).isEqualTo("post-call:c-1");
        assertThat(NudgeRules.reinforcementKey("rep-1", "next-steps", LocalDate.of(2025, 3, 5)))
                .isEqualTo("reinforce:rep-1:next-steps:2025-03-05");
        assertThat(NudgeRules.preCallKey("sc-1")).isEqualTo("pre-call:sc-1");
        assertThat(NudgeRules.planKey("p-1", 2)).isEqualTo("plan:p-1:2");
    }

    @Test
    void feedbackIsDueAtOnceInsideWorkingHoursUntilTheWindowCloses() {
        Instant callStarted = WEDNESDAY_10.minus(Duration.ofHours(1));
        assertThat(rules.feedback(callStarted, WEDNESDAY_10, utc))
                .contains(new Timing(WEDNESDAY_10, WEDNESDAY_10, callStarted.plus(Duration.ofDays(2))));

        Timing evening = rules.feedback(callStarted, Instant.parse("2025-03-05T20:00:00Z"), utc).orElseThrow();
        assertThat(evening.dueAt()).isEqualTo(Instant.parse("2025-03-06T09:00:00Z"));
        assertThat(evening.waitsForWorkingHours()).isTrue();

        assertThat(rules.feedback(callStarted, callStarted.plus(Duration.ofDays(2)), utc)).isEmpty();
    }

    @Test
    void aCallOutsideWorkingHoursKeepsItsFeedbackUntilTheWindowAfterTheRepsNextWorkingHoursOpen() {
        Instant fridayEvening = Instant.parse("2025-03-07T19:00:00Z");
        Instant mondayMorning = Instant.parse("2025-03-10T09:00:00Z");

        Timing weekend = rules.feedback(fridayEvening, fridayEvening.plus(Duration.ofMinutes(1)), utc).orElseThrow();

        assertThat(weekend.dueAt()).isEqualTo(mondayMorning);
        assertThat(weekend.expiresAt()).isEqualTo(mondayMorning.plus(Duration.ofDays(2)));
        assertThat(weekend.dueAt()).isBefore(weekend.expiresAt());
        assertThat(rules.feedback(fridayEvening, mondayMorning.plus(Duration.ofDays(2)), utc)).isEmpty();
    }

    @Test
    void aCallOfFridayAfternoonIsStillFedBackOnMondayForItsWindowSkipsTheWeekend() {
        Instant fridayAfternoon = Instant.parse("2025-03-07T14:00:00Z");
        Instant saturday = Instant.parse("2025-03-08T10:00:00Z");

        Timing postedOnSaturday = rules.feedback(fridayAfternoon, saturday, utc).orElseThrow();

        assertThat(postedOnSaturday.dueAt()).isEqualTo(Instant.parse("2025-03-10T09:00:00Z"));
        assertThat(postedOnSaturday.expiresAt()).as("two working days: Friday afternoon to Tuesday afternoon")
                .isEqualTo(Instant.parse("2025-03-11T14:00:00Z"));
        assertThat(rules.feedback(fridayAfternoon, Instant.parse("2025-03-11T14:00:00Z"), utc)).isEmpty();
    }

    @Test
    void feedbackStartsNoFocusBeyondTheLimitNorUnderAPlan() {
        assertThat(rules.freeFocusSlots(false, 0)).isEqualTo(2);
        assertThat(rules.freeFocusSlots(false, 1)).isEqualTo(1);
        assertThat(rules.freeFocusSlots(false, 3)).isZero();
        assertThat(rules.freeFocusSlots(true, 0)).isZero();
    }

    @Test
    void onlyAFocusBehaviourNotAtTheTargetNorReinforcedSinceItsLastCallIsReinforced() {
        assertThat(NudgeRules.reinforcementWithdrawal("next-steps", false, false, NudgeRules.TrainingStage.NONE, () -> {
            throw new AssertionError("asked although the behaviour is no focus");
        }, () -> false)).contains("'next-steps' is no longer a focus behaviour");
        assertThat(NudgeRules.reinforcementWithdrawal("next-steps", true, true, NudgeRules.TrainingStage.NONE, () -> false, () -> false)).hasValueSatisfying(why -> assertThat(why).startsWith("'next-steps' is at the target"));
        assertThat(NudgeRules.reinforcementWithdrawal("next-steps", true, false, NudgeRules.TrainingStage.NONE, () -> true, () -> false))
                .contains("already reinforced since the last scored call");
        assertThat(NudgeRules.reinforcementWithdrawal("next-steps", true, false, NudgeRules.TrainingStage.NONE, () -> false, () -> false)).isEmpty();
        // a training unit: nothing until it is done, then quizzes whether or not the behaviour is a focus
        assertThat(NudgeRules.reinforcementWithdrawal("next-steps", true, false, NudgeRules.TrainingStage.ASSIGNED, () -> false, () -> false))
                .hasValueSatisfying(why -> assertThat(why).contains("training unit"));
        assertThat(NudgeRules.reinforcementWithdrawal("next-steps", false, false, NudgeRules.TrainingStage.QUIZZING, () -> false, () -> false)).isEmpty();
        assertThat(NudgeRules.reinforcementWithdrawal("next-steps", false, true, NudgeRules.TrainingStage.QUIZZING, () -> false, () -> false)).isPresent();
    }

    @Test
    void feedbackThatNamedTheFocusIsTheReviewCyclesMomentButTrainingQuizzesStillCome() {
        assertThat(NudgeRules.reinforcementWithdrawal("next-steps", true, false, NudgeRules.TrainingStage.NONE, () -> false, () -> true))
                .contains(NudgeRules.FED_BACK);
        assertThat(NudgeRules.reinforcementWithdrawal("next-steps", true, false, NudgeRules.TrainingStage.QUIZZING, () -> false, () -> {
            throw new AssertionError("feedback asked about although a training unit's quizzes run");
        })).isEmpty();
    }

    @Test
    void reinforcementFallsDueWhenRecallDropsBelowTheTarget() {
        Instant lastReview = Instant.parse("2025-03-03T10:00:00Z");
        // FSRS stability is the time until recall falls to 90%, the target here
        NudgeRules.Reinforcement due = rules.reinforcement(lastReview, 3.0, Instant.parse("2025-03-04T12:00:00Z"), utc);

        assertThat(due.recallFallsAt()).isEqualTo(Instant.parse("2025-03-06T10:00:00Z"));
        assertThat(due.timing()).isEqualTo(new Timing(Instant.parse("2025-03-06T10:00:00Z"), Instant.parse("2025-03-06T10:00:00Z"),
                Instant.parse("2025-03-09T10:00:00Z")));
        assertThat(due.recallAtDue()).isCloseTo(0.9, within(1e-9));
        assertThat(due.targetRetention()).isEqualTo(0.9);
    }

    @Test
    void reinforcementWaitsTheMinimumDelayAfterTheCallNeverFallsInThePastAndKeepsToWorkingHours() {
        Instant lastReview = Instant.parse("2025-03-03T10:00:00Z");
        NudgeRules.Reinforcement soon = rules.reinforcement(lastReview, 0.1, lastReview, utc);
        assertThat(soon.timing().earliestAt()).isEqualTo(lastReview.plus(Duration.ofHours(20)));
        assertThat(soon.timing().dueAt()).isEqualTo(Instant.parse("2025-03-04T09:00:00Z"));
        assertThat(soon.timing().waitsForWorkingHours()).isTrue();
        assertThat(soon.recallAtDue()).isLessThan(0.9);

        Instant later = Instant.parse("2025-03-12T11:00:00Z");
        assertThat(rules.reinforcement(lastReview, 3.0, later, utc).timing().earliestAt()).isEqualTo(later);
    }

    @Test
    void preCallReminderComesTheLeadTimeBeforeTheCallAndLapsesAtItsStart() {
        Instant startsAt = Instant.parse("2025-03-05T15:00:00Z");
        Timing timing = rules.preCall(startsAt, WEDNESDAY_10, utc).orElseThrow();
        assertThat(timing).isEqualTo(new Timing(Instant.parse("2025-03-05T14:30:00Z"), Instant.parse("2025-03-05T14:30:00Z"), startsAt));
        assertThat(NudgeRules.preCallSkip(timing)).isEmpty();

        Instant soon = WEDNESDAY_10.plus(Duration.ofMinutes(10));
        assertThat(rules.preCall(soon, WEDNESDAY_10, utc).orElseThrow().earliestAt()).isEqualTo(WEDNESDAY_10);

        assertThat(rules.preCall(WEDNESDAY_10, WEDNESDAY_10, utc)).isEmpty();
    }

    @Test
    void preCallReminderIsSkippedWhenWorkingHoursOpenOnlyAtTheStart() {
        Instant tenPastNine = Instant.parse("2025-03-06T09:10:00Z");
        assertThat(NudgeRules.preCallSkip(rules.preCall(tenPastNine, WEDNESDAY_10, utc).orElseThrow())).isEmpty();

        Instant nineSharp = Instant.parse("2025-03-06T09:00:00Z");
        assertThat(NudgeRules.preCallSkip(rules.preCall(nineSharp, WEDNESDAY_10, utc).orElseThrow()))
                .contains("the rep's working hours do not open before the call starts");
    }

    @Test
    void aDueNudgeIsWithdrawnOnceTheBehaviourIsMasteredOrAReinforcementLostItsFocus() {
        assertThat(NudgeRules.withdrawalWhenDue("next-steps", false, true, true)).contains("'next-steps' is at the target (consciously competent and consistent): no routine nudge about it");
        assertThat(NudgeRules.withdrawalWhenDue("next-steps", true, false, false)).contains("'next-steps' is no longer a focus behaviour");
        assertThat(NudgeRules.withdrawalWhenDue("next-steps", false, false, false)).isEqualTo(Optional.empty());
        assertThat(NudgeRules.withdrawalWhenDue("next-steps", true, false, true)).isEmpty();
    }
}
