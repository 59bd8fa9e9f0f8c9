package io.callreview.sim;

import io.callreview.coaching.rules.Reflections;
import java.util.List;

/** One key behaviour of the scorecard the simulated team is graded against. */
public record Behaviour(String key, String question, double weight, boolean critical, String guidance) {

    /** The five behaviours of the suite's starter scorecard (scorecard-service's starter-scorecard.json). */
    public static final List<Behaviour> STARTER = List.of(
            new Behaviour("process-steps", "Does the rep follow the key process steps?", 1, false,
                    "Early in the call the rep sets an agenda, confirms the time available and states the goal of the call."),
            new Behaviour("qualification", "Does the rep qualify the prospect?", 2, false,
                    "The rep asks open questions about budget, timeline, priority and how the decision gets made, two or more of them."),
            new Behaviour("right-people", "Is the rep talking to the right people?", 1.5, false,
                    "The rep finds out who decides and who else is involved, and works to reach them."),
            new Behaviour("next-steps", "Does the rep close with next steps or a mutual plan?", 2, true,
                    "Before the call ends the rep agrees a concrete next step with a date, or a mutual action plan."),
            new Behaviour("product-coverage", "Does the rep cover the product, features, benefits and pain points?", 1.5, false,
                    "The rep ties features and benefits to the pains the prospect described."));

    /** The guidance points a reflection offers to pick from, as the suite cuts them. */
    public List<String> points() {
        return Reflections.guidancePoints(guidance);
    }
}
