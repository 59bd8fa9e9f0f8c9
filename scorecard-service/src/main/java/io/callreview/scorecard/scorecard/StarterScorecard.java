package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourCategory;
import io.callreview.scorecard.domain.CallWindow;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.domain.RequiredSpeaker;
import java.util.List;

/**
 * The five classic scorecard questions, with detection rules that work out of the box and that teams
 * then tune to their own process and vocabulary.
 */
public final class StarterScorecard {

    private StarterScorecard() {
    }

    public static List<Behaviour> behaviours() {
        return List.of(
                new Behaviour("process-steps", "Does the rep follow the key process steps?",
                        "Early in the call the rep sets an agenda, confirms the time available and states the goal of the call.",
                        BehaviourCategory.PROCESS_STEPS, 1, false, false,
                        new DetectionRule(List.of("agenda", "goal for today", "purpose of the call", "how much time do you have",
                                "plan for the call"), RequiredSpeaker.REP, CallWindow.firstMinutes(10), false, 1)),
                new Behaviour("qualification", "Does the rep qualify the prospect?",
                        "Credit open questions about budget, timeline, priority and the decision process. Two or more are expected.",
                        BehaviourCategory.QUALIFICATION, 2, false, false,
                        new DetectionRule(List.of("budget", "timeline", "decision process", "priority",
                                "how are you solving", "what happens if you do nothing"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, true, 2)),
                new Behaviour("right-people", "Is the rep talking to the right people?",
                        "The rep finds out who decides and who else is involved, and works to reach them.",
                        BehaviourCategory.RIGHT_PEOPLE, 1.5, false, true,
                        new DetectionRule(List.of("who else", "decision maker", "sign off", "stakeholder",
                                "involved in the decision", "approve"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, true, 1)),
                new Behaviour("next-steps", "Does the rep close with next steps or a mutual plan?",
                        "Before the call ends the rep agrees a concrete next step with a date, or a mutual action plan.",
                        BehaviourCategory.NEXT_STEPS, 2, true, false,
                        new DetectionRule(List.of("next step", "follow up", "calendar invite", "schedule", "mutual plan",
                                "send over", "by when"), RequiredSpeaker.REP, CallWindow.lastPercent(20), false, 1)),
                new Behaviour("product-coverage", "Does the rep cover the product, features, benefits and pain points?",
                        "The rep ties features and benefits to the pains the prospect described.",
                        BehaviourCategory.PRODUCT_COVERAGE, 1.5, false, true,
                        new DetectionRule(List.of("feature", "integration", "benefit", "save time", "pain point",
                                "challenge", "problem"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 2)));
    }
}
