package io.callreview.coaching.rules;

import io.callreview.coaching.rules.PlanComposer.FocusBehaviour;
import io.callreview.coaching.rules.PlanComposer.Plan;
import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.NudgeRequested.ActionType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanComposerTest {

    private static final FocusBehaviour NEXT_STEPS = new FocusBehaviour("next-steps", "Does the rep close with agreed next steps?");
    private static final FocusBehaviour UNGRADED = new FocusBehaviour("ask-budget", null);
    private static final Plan PLAN = new Plan("p-1", List.of(NEXT_STEPS), 0.8, LocalDate.of(2030, 6, 30), "  Agree a date.  ");

    @Test
    void createdNamesTheFocusTheTargetAndTheReviewDate() {
        NudgeCopy copy = PlanComposer.created(PLAN, "coach-7");

        assertThat(copy.title()).isEqualTo("Your coaching plan");
        assertThat(copy.body()).isEqualTo("Your coach set up a plan with you: focus on close with agreed next steps,"
                + " on 80% of your calls by 2030-06-30. Notes: Agree a date.");
        assertThat(copy.reason()).isEqualTo("coach-7 set up a coaching plan with you.");
        assertThat(copy.actions()).containsExactly(new Action(ActionType.ACKNOWLEDGE, "Got it", null, null));
    }

    @Test
    void changedListsEachChange() {
        List<String> changes = List.of(PlanComposer.newFocus(List.of(NEXT_STEPS, UNGRADED)), PlanComposer.newTarget(0.75),
                PlanComposer.newReviewDate(LocalDate.of(2030, 7, 15)), PlanComposer.newNotes());
        Plan withoutNotes = new Plan("p-1", List.of(NEXT_STEPS, UNGRADED), 0.75, LocalDate.of(2030, 7, 15), " ");

        NudgeCopy copy = PlanComposer.changed(withoutNotes, changes, "coach-7");

        assertThat(copy.title()).isEqualTo("Your coaching plan changed");
        assertThat(copy.body()).isEqualTo("Your coach updated your plan: focus on close with agreed next steps and ask-budget;"
                + " target 75% of calls; review on 2030-07-15; new notes from your coach.");
        assertThat(copy.reason()).isEqualTo("coach-7 changed your coaching plan.");
    }

    @Test
    void anEndedPlanSaysHowItWentOrWhereTheFocusGoes() {
        NudgeCopy completed = PlanComposer.completed(PLAN, "Adherence rose from 25% (4 calls) to 75% (4 calls).", "coach-7");
        assertThat(completed.title()).isEqualTo("Your coaching plan is complete");
        assertThat(completed.body()).isEqualTo("Well done on working through your plan (close with agreed next steps, on 80% of"
                + " your calls by 2030-06-30). Adherence rose from 25% (4 calls) to 75% (4 calls).");
        assertThat(completed.reason()).isEqualTo("coach-7 marked your coaching plan complete.");

        NudgeCopy cancelled = PlanComposer.cancelled(PLAN, "admin-1");
        assertThat(cancelled.title()).isEqualTo("Your coaching plan was cancelled");
        assertThat(cancelled.body()).isEqualTo("Your coach closed your plan (close with agreed next steps, on 80% of your calls by"
                + " 2030-06-30). Your focus goes back to your most valuable gaps.");
        assertThat(cancelled.reason()).isEqualTo("admin-1 cancelled your coaching plan.");
    }
}
