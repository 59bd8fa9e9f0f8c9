package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeActions.MomentLinks;
import io.callreview.events.DisputeResolved;
import io.callreview.events.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * What a rep is told when a coach resolves their dispute of a verdict (the outcome, in the coach's words), or when it is
 * closed undecided because the call was set aside or moved to another rep.
 */
public final class DisputeNotice {

    private DisputeNotice() {
    }

    public static NudgeCopy copy(DisputeResolved resolved, MomentLinks links) {
        if (resolved.outcome() == DisputeResolved.Outcome.CLOSED) {
            return closed(resolved);
        }
        String behaviour = BehaviourPhrasing.asAction(resolved.behaviourQuestion());
        String title = switch (resolved.outcome()) {
            case ACCEPTED -> resolved.resolvedBy() + " accepted your dispute";
            case PARTIALLY_ACCEPTED -> resolved.resolvedBy() + " partly agreed with your dispute";
            case REJECTED -> resolved.resolvedBy() + " kept the verdict you disputed";
            case CLOSED -> throw new IllegalStateException("a closed dispute has its own notice");
        };
        StringBuilder body = new StringBuilder("You disputed whether you ").append(behaviour).append(" on your ")
                .append(CallTypeWords.call(resolved.callType())).append(", graded ").append(words(resolved.disputedVerdict())).append('.');
        switch (resolved.outcome()) {
            case ACCEPTED -> body.append(" It is now ").append(words(resolved.resolvedVerdict())).append(", and your score")
                    .append(" changed with it.");
            case PARTIALLY_ACCEPTED -> body.append(" You had a point, but the verdict stands.");
            case REJECTED -> body.append(" The verdict stands.");
        }
        body.append(CoachQuote.of(resolved.resolvedBy(), resolved.reason()));
        String reason = "You disputed a verdict on your " + CallTypeWords.call(resolved.callType()) + ", and "
                + resolved.resolvedBy() + " decided it.";
        return new NudgeCopy(title, body.toString(), reason, List.of(
                NudgeActions.listen("Open the call", links.callMoment(resolved.callId(), null)), NudgeActions.acknowledge()));
    }

    /**
     * Nobody decided the dispute: an admin set the call aside or moved it to another rep, and the reason says which. No
     * link to the call: a call moved to another rep is no longer the rep's to open.
     */
    private static NudgeCopy closed(DisputeResolved resolved) {
        String behaviour = BehaviourPhrasing.asAction(resolved.behaviourQuestion());
        String why = resolved.reason() == null ? "the call no longer counts" : resolved.reason().strip().replaceAll("\\.+$", "");
        String body = "You disputed whether you " + behaviour + " on your " + CallTypeWords.call(resolved.callType()) + ". The dispute was"
                + " closed without a decision: " + why + ". The call no longer counts in your scores or coaching.";
        String reason = "You disputed a verdict on your " + CallTypeWords.call(resolved.callType()) + ", and "
                + resolved.resolvedBy() + " closed the dispute without a decision.";
        return new NudgeCopy("Your dispute was closed", body, reason, List.of(NudgeActions.acknowledge()));
    }

    private static String words(Verdict verdict) {
        return verdict == null ? "unchanged" : verdict.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
