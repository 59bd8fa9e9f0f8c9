package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeActions.MomentLinks;
import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Composes the one feedback nudge that follows a scored call: it leads with one strength (a behaviour
 * met, with its evidence quote) and gives one focus (the most valuable missed behaviour, by weight x gap,
 * among the rep's focus behaviours). It never lists every miss: the others wait for later moments. When the
 * rep does the strength without being able to say why, it asks them what made it work (a reflection). Praise
 * with nothing to do is not a nudge: without a focus or a reflection there is none.
 */
public final class FeedbackComposer {

    /**
     * @param coachId      the coach whose review this revision is, if it is one
     * @param strengthPick the behaviour the coach marked as the rep's strength in the review
     * @param focusPick    the behaviour the coach marked as the rep's focus in the review
     */
    public record CallFacts(String callId, String callType, int revision, String coachId, String strengthPick, String focusPick,
                            String coachSummary) {

        /** An automatic grade: no coach, no picks. */
        public CallFacts(String callId, String callType, int revision) {
            this(callId, callType, revision, null, null, null, null);
        }

        boolean picked(String pick, String key) {
            return pick != null && pick.equals(key);
        }
    }

    /**
     * One behaviour's verdict on the call; {@code momentAtMs} is where a link should land, {@code coachComment} what the
     * coach said about it in their review.
     */
    public record Outcome(String key, String question, double weight, boolean critical, Verdict verdict,
                          String quote, Long evidenceAtMs, Long momentAtMs, String guidance, String coachComment) {

        public Outcome(String key, String question, double weight, boolean critical, Verdict verdict,
                       String quote, Long evidenceAtMs, Long momentAtMs, String guidance) {
            this(key, question, weight, critical, verdict, quote, evidenceAtMs, momentAtMs, guidance, null);
        }

        boolean hasQuote() {
            return quote != null && !quote.isBlank();
        }
    }

    /**
     * The rep's standing at a behaviour, including this call.
     *
     * @param atTarget consciously competent and consistent: no routine feedback about it
     * @param askWhy   done without the rep being able to say why, and due for a reflection prompt
     */
    public record Standing(double recentAdherence, boolean focus, boolean atTarget, boolean askWhy) {
    }

    /**
     * @param reflect      whether the feedback asks what made it work, offering {@code guidance}'s points
     * @param coachPicked  the coach marked it as the rep's strength
     */
    public record Strength(String key, String question, String quote, Long atMs, boolean reflect, String guidance,
                           boolean coachPicked, String coachComment) {
    }

    /** @param coachPicked the coach marked it as the rep's focus: it leads, whatever the rep's other focus behaviours */
    public record Focus(String key, String question, double weight, double gap, boolean newFocus, Long momentAtMs,
                        boolean coachPicked, String coachComment) {

        public double value() {
            return weight * gap;
        }
    }

    public record Feedback(Strength strength, Focus focus, String title, String body, String reason) {
    }

    private FeedbackComposer() {
    }

    /**
     * @param standings      by behaviour key; behaviours without one count as new (adherence 0)
     * @param freeFocusSlots how many more focus behaviours the rep may take on
     */
    public static Optional<Feedback> compose(CallFacts call, List<Outcome> outcomes, Map<String, Standing> standings,
                                             int freeFocusSlots) {
        Standing unknown = new Standing(0, false, false, true);
        Optional<Strength> strength = outcomes.stream()
                .filter(o -> o.verdict() == Verdict.MET)
                .sorted(Comparator.comparing((Outcome o) -> !call.picked(call.strengthPick(), o.key()))
                        .thenComparing(o -> !o.hasQuote())
                        .thenComparing(o -> !standings.getOrDefault(o.key(), unknown).askWhy())
                        .thenComparing(o -> !standings.getOrDefault(o.key(), unknown).focus())
                        .thenComparing(o -> standings.getOrDefault(o.key(), unknown).atTarget())
                        .thenComparingDouble(o -> standings.getOrDefault(o.key(), unknown).recentAdherence())
                        .thenComparing(Comparator.comparingDouble(Outcome::weight).reversed())
                        .thenComparing(Outcome::key))
                .findFirst()
                .map(o -> new Strength(o.key(), o.question(), o.hasQuote() ? o.quote().trim() : null, o.evidenceAtMs(),
                        standings.getOrDefault(o.key(), unknown).askWhy(), o.guidance(), call.picked(call.strengthPick(), o.key()),
                        o.coachComment()));

        List<Outcome> misses = outcomes.stream().filter(o -> o.verdict() == Verdict.MISSED).toList();
        Optional<Focus> focus = misses.stream()
                .filter(o -> call.picked(call.focusPick(), o.key()) || !standings.getOrDefault(o.key(), unknown).atTarget())
                .filter(o -> call.picked(call.focusPick(), o.key()) || standings.getOrDefault(o.key(), unknown).focus()
                        || freeFocusSlots > 0)
                .map(o -> {
                    Standing s = standings.getOrDefault(o.key(), unknown);
                    return new Focus(o.key(), o.question(), o.weight(), 1 - s.recentAdherence(), !s.focus() && freeFocusSlots > 0,
                            o.momentAtMs(), call.picked(call.focusPick(), o.key()), o.coachComment());
                })
                .sorted(Comparator.comparing((Focus f) -> !f.coachPicked())
                        .thenComparing(Comparator.comparingDouble(Focus::value).reversed())
                        .thenComparing(f -> !isCritical(outcomes, f.key()))
                        .thenComparing(Focus::key))
                .findFirst();

        // Routine praise with nothing to do is not worth a nudge; a coach's review is: it carries a person's word.
        boolean coachReview = call.coachId() != null;
        if (focus.isEmpty() && (strength.isEmpty() || !strength.get().reflect() && !coachReview)) {
            return Optional.empty();
        }
        return Optional.of(new Feedback(strength.orElse(null), focus.orElse(null),
                title(call),
                body(call, strength.orElse(null), focus.orElse(null), misses.isEmpty())
                        + otherNotes(call, outcomes, strength.orElse(null), focus.orElse(null)),
                reason(call, strength.orElse(null), focus.orElse(null), misses.size())));
    }

    /**
     * The feedback as a nudge: a reflection on the strength when it asks for one; with a focus, a self-check about it
     * and its moment in the call; without one, the moment that went well.
     */
    public static NudgeCopy copy(CallFacts call, Feedback feedback, MomentLinks links) {
        List<Action> actions = new ArrayList<>();
        Strength strength = feedback.strength();
        if (strength != null && strength.reflect()) {
            actions.add(NudgeActions.reflection(Reflections.question(strength.question(), strength.quote()),
                    Reflections.choices(strength.guidance())));
        }
        if (feedback.focus() != null) {
            actions.add(NudgeActions.selfAssessment(feedback.focus().question()));
            Long moment = feedback.focus().momentAtMs();
            // a behaviour of the whole call has no moment of its own: its window starts at 0:00
            actions.add(moment != null && moment > 0
                    ? NudgeActions.listen("Listen to the moment", links.callMoment(call.callId(), moment))
                    : NudgeActions.listen("Open the call", links.callMoment(call.callId(), null)));
        } else if (feedback.strength() != null) {
            actions.add(NudgeActions.listen("Listen to what went well", links.callMoment(call.callId(), feedback.strength().atMs())));
        }
        actions.add(NudgeActions.acknowledge());
        return new NudgeCopy(feedback.title(), feedback.body(), feedback.reason(), actions);
    }

    /** A coach's review reads as such: it may follow the automatic grade's feedback about the same call. */
    private static String title(CallFacts call) {
        return call.coachId() != null
                ? call.coachId() + " reviewed your " + CallTypeWords.call(call.callType())
                : "Feedback on your " + CallTypeWords.call(call.callType());
    }

    /**
     * What the coach wrote about the call's other behaviours (a comment, or one pinned to a moment), each with its time:
     * the strength's and the focus's are in the body already.
     */
    private static String otherNotes(CallFacts call, List<Outcome> outcomes, Strength strength, Focus focus) {
        StringBuilder notes = new StringBuilder();
        if (call.coachId() == null) {
            return "";
        }
        for (Outcome outcome : outcomes) {
            boolean shown = strength != null && strength.key().equals(outcome.key()) || focus != null && focus.key().equals(outcome.key());
            if (shown || outcome.coachComment() == null || outcome.coachComment().isBlank()) {
                continue;
            }
            notes.append(notes.isEmpty() ? " Your coach also noted, on " : "; on ")
                    .append(BehaviourPhrasing.asAction(outcome.question()))
                    .append(outcome.momentAtMs() != null && outcome.momentAtMs() > 0 ? " (at " + Figures.clock(outcome.momentAtMs()) + ")" : "")
                    .append(": “").append(outcome.coachComment().trim()).append("”");
        }
        return notes.isEmpty() ? "" : notes.append('.').toString();
    }

    private static boolean isCritical(List<Outcome> outcomes, String key) {
        return outcomes.stream().anyMatch(o -> o.key().equals(key) && o.critical());
    }

    private static String body(CallFacts call, Strength strength, Focus focus, boolean nothingMissed) {
        StringBuilder body = new StringBuilder();
        if (call.coachSummary() != null && !call.coachSummary().isBlank()) {
            body.append(CoachQuote.of(call.coachId(), call.coachSummary()).strip()).append(' ');
        }
        if (strength != null) {
            body.append("What went well: you ").append(BehaviourPhrasing.asDone(strength.question()));
            if (strength.quote() != null) {
                body.append(strength.atMs() != null ? " (at " + Figures.clock(strength.atMs()) + ")" : "")
                        .append(": “").append(strength.quote()).append("”");
            }
            body.append('.');
            body.append(CoachQuote.of(call.coachId(), strength.coachComment()));
        } else {
            body.append("Thanks for your ").append(CallTypeWords.call(call.callType())).append('.');
        }
        if (focus != null) {
            body.append(focus.coachPicked() ? " Your coach's focus for you next time: " : " One thing to focus on next time: ")
                    .append(BehaviourPhrasing.asAction(focus.question())).append('.');
            body.append(CoachQuote.of(call.coachId(), focus.coachComment()));
        } else if (nothingMissed) {
            body.append(" Nothing missed on this call: keep it up.");
        } else {
            body.append(" You kept to your focus behaviours on this call.");
        }
        return body.toString();
    }

    /**
     * Why the rep gets this feedback, in their words (it shows in their inbox and email as "Why you are getting this"):
     * what was met and missed, and why the focus is the one it is, with the figures that chose it.
     */
    private static String reason(CallFacts call, Strength strength, Focus focus, int misses) {
        StringBuilder reason = new StringBuilder(call.coachId() != null ? "Your coach reviewed your call." : "Your call was scored.");
        if (strength != null) {
            reason.append(" Strength: you ").append(BehaviourPhrasing.asDone(strength.question()))
                    .append(strength.atMs() != null && strength.quote() != null ? " (at " + Figures.clock(strength.atMs()) + ")" : "")
                    .append(strength.coachPicked() ? ", and your coach chose it as your strength" : "")
                    .append('.');
            if (strength.reflect()) {
                reason.append(" You do it without saying why it works: the question asks you why, so you keep doing it on purpose.");
            }
        }
        if (focus != null && focus.coachPicked()) {
            reason.append(" Focus: you did not ").append(BehaviourPhrasing.asAction(focus.question())).append(", and your coach")
                    .append(call.coachId() != null ? " (" + call.coachId() + ")" : "")
                    .append(" chose it as your focus.");
        } else if (focus != null) {
            reason.append(" Focus: you did not ").append(BehaviourPhrasing.asAction(focus.question()))
                    .append(", and of what you missed it matters most: it counts ").append(weight(focus.weight()))
                    .append(" on your scorecard, and you did it on ").append(Figures.percent(1 - focus.gap()))
                    .append(" of your recent calls.")
                    .append(focus.newFocus() ? " It becomes one of your focus behaviours." : " It is one of your focus behaviours.");
            if (misses > 1) {
                reason.append(" The other ").append(misses - 1).append(misses == 2 ? " miss comes" : " misses come")
                        .append(" in later moments.");
            }
        } else if (misses > 0) {
            reason.append(" No focus this time: the ").append(misses).append(" missed behaviour").append(misses == 1 ? " is" : "s are")
                    .append(" not among your current focus behaviours, which are full.");
        }
        return reason.toString();
    }

    /** A behaviour's weight as a coach sets it: "twice", "1.5 times", "once". */
    static String weight(double weight) {
        if (weight == 1) {
            return "once";
        }
        if (weight == 2) {
            return "twice";
        }
        return (weight == Math.rint(weight) ? String.valueOf((long) weight) : String.format(Locale.ROOT, "%.1f", weight)) + " times";
    }
}
