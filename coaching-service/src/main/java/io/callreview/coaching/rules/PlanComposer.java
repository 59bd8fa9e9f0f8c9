package io.callreview.coaching.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Words the notices that tell a rep about their coaching plan: set up, changed, completed or cancelled. */
public final class PlanComposer {

    /** A focus behaviour with the team's scorecard question for it; without one (null) its key stands in. */
    public record FocusBehaviour(String key, String question) {

        String action() {
            return question == null ? key : BehaviourPhrasing.asAction(question);
        }
    }

    /**
     * The plan as the rep reads it.
     *
     * @param blockage what the rep found holds them back
     * @param solution what the rep and the coach agreed to do about it
     */
    public record Plan(String id, List<FocusBehaviour> focus, double targetAdherence, LocalDate reviewDate, String notes,
                       String blockage, String solution) {

        public Plan(String id, List<FocusBehaviour> focus, double targetAdherence, LocalDate reviewDate, String notes) {
            this(id, focus, targetAdherence, reviewDate, notes, null, null);
        }
    }

    private PlanComposer() {
    }

    public static NudgeCopy created(Plan plan, String coachId) {
        return notice("Your coaching plan", "Your coach set up a plan with you: focus on " + describe(plan) + "." + agreement(plan)
                        + notes(plan),
                coachId + " set up a coaching plan with you.");
    }

    /** @param changes what changed, each as {@link #newFocus}, {@link #newTarget}, {@link #newReviewDate} or {@link #newNotes} words it */
    public static NudgeCopy changed(Plan plan, List<String> changes, String userId) {
        return notice("Your coaching plan changed", "Your coach updated your plan: " + String.join("; ", changes) + "."
                        + agreement(plan) + notes(plan),
                userId + " changed your coaching plan.");
    }

    /** @param effectiveness how adherence changed over the plan, in words */
    public static NudgeCopy completed(Plan plan, String effectiveness, String userId) {
        return notice("Your coaching plan is complete",
                "Well done on working through your plan (" + describe(plan) + "). " + effectiveness,
                userId + " marked your coaching plan complete.");
    }

    public static NudgeCopy cancelled(Plan plan, String userId) {
        return notice("Your coaching plan was cancelled",
                "Your coach closed your plan (" + describe(plan) + "). Your focus goes back to your most valuable gaps.",
                userId + " cancelled your coaching plan.");
    }

    public static String newFocus(List<FocusBehaviour> focus) {
        return "focus on " + actions(focus);
    }

    public static String newTarget(double targetAdherence) {
        return "target " + Figures.percent(targetAdherence) + " of calls";
    }

    public static String newReviewDate(LocalDate reviewDate) {
        return "review on " + reviewDate;
    }

    public static String newAgreement() {
        return "what holds you back and what you agreed";
    }

    /** What the rep agreed with their coach, for the follow-up nudges about the plan's focus; empty when nothing was agreed. */
    public static String agreedSolution(String solution) {
        return solution == null || solution.isBlank() ? "" : " What you agreed with your coach: " + solution.trim();
    }

    public static String newNotes() {
        return "new notes from your coach";
    }

    private static NudgeCopy notice(String title, String body, String reason) {
        return new NudgeCopy(title, body, reason, List.of(NudgeActions.acknowledge()));
    }

    private static String describe(Plan plan) {
        return actions(plan.focus()) + ", on " + Figures.percent(plan.targetAdherence()) + " of your calls by " + plan.reviewDate();
    }

    private static String actions(List<FocusBehaviour> focus) {
        return focus.stream().map(FocusBehaviour::action).collect(Collectors.joining(" and "));
    }

    private static String agreement(Plan plan) {
        String blockage = plan.blockage() == null || plan.blockage().isBlank() ? ""
                : " What holds you back, as you found it: " + plan.blockage().trim();
        return blockage + agreedSolution(plan.solution());
    }

    private static String notes(Plan plan) {
        return plan.notes() == null || plan.notes().isBlank() ? "" : " Notes: " + plan.notes().trim();
    }
}
