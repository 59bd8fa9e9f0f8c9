package io.callreview.coaching.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves a rep along the T.M.C plan for one behaviour. Every rep starts a behaviour in training. Training gives way to
 * mentoring once its time is up and the rep knows the behaviour (the training unit is done, or the rep has shown it on
 * a call); mentoring gives way to coaching once its time is up and the rep met their mentor, or no mentor could be
 * found, or the pairing was never recorded as met within twice the time. How long training and mentoring last depends
 * on the product's complexity, so it is set per call type. Conscious competence shown consistently moves a rep to
 * sustaining from any phase, and a lapse brings coaching back. When coaching shows that the rep does not know the
 * behaviour after all (still a training diagnosis after coaching had as long as training, with no training done since
 * coaching began), the rep is trained again.
 */
public final class PhasePath {

    /** How long a rep stays in training and in mentoring at least, for one call type. */
    public record Timing(Duration training, Duration mentoring) {
    }

    /**
     * What is known about the rep at the behaviour now.
     *
     * @param trainingDoneAt  when the rep last finished a training unit for it, if ever
     * @param mentoredAt      when the rep last met a mentor about it, if ever
     * @param pairedAt        when the rep was last paired with a mentor for it, if ever
     * @param diagnosis       what the rep needs now
     */
    public record Facts(Phase phase, Instant since, Instant now, Timing timing, boolean atTarget, boolean shownOnACall,
                        Instant trainingDoneAt, Instant pairedAt, Instant mentoredAt, Approach diagnosis) {
    }

    public record Move(Phase to, String reason) {
    }

    /** What comes next, and when at the earliest. */
    public record Outlook(Phase next, String condition, Instant earliestAt) {
    }

    /** @param shownOnACall the rep already did the behaviour on a call before the plan began */
    public Move start(boolean shownOnACall) {
        return new Move(Phase.TRAINING, shownOnACall
                ? "Every rep starts the plan in training (then mentoring, then coaching); already shown on a call, it"
                        + " moves on once the training time is up."
                : "New to this behaviour: training comes first (training, then mentoring, then coaching).");
    }

    /** The move the facts call for now, if any. */
    public Optional<Move> next(Facts facts) {
        if (facts.atTarget() && facts.phase() != Phase.SUSTAINING) {
            return Optional.of(new Move(Phase.SUSTAINING, "Consciously competent and shown consistently: sustaining;"
                    + " routine nudges stop."));
        }
        return switch (facts.phase()) {
            case TRAINING -> afterTraining(facts);
            case MENTORING -> afterMentoring(facts);
            case COACHING -> retraining(facts);
            case SUSTAINING -> facts.atTarget() ? Optional.empty() : Optional.of(new Move(Phase.COACHING,
                    "Lapsed: no longer shown consistently with the reasons known, so coaching resumes."));
        };
    }

    /** What the rep must do, or wait for, to reach the next phase. */
    public Outlook outlook(Facts facts) {
        Instant trainingEnds = facts.since().plus(facts.timing().training());
        Instant mentoringEnds = facts.since().plus(facts.timing().mentoring());
        return switch (facts.phase()) {
            case TRAINING -> new Outlook(Phase.MENTORING, "after " + Days.describe(facts.timing().training())
                    + " of training, once the training unit is done or the behaviour is shown on a call", trainingEnds);
            case MENTORING -> new Outlook(Phase.COACHING, "after " + Days.describe(facts.timing().mentoring())
                    + " of mentoring, once the rep has met their mentor (or none could be found)", mentoringEnds);
            case COACHING -> new Outlook(Phase.SUSTAINING, "once the behaviour is shown consistently and the rep can say"
                    + " why it works", null);
            case SUSTAINING -> new Outlook(Phase.COACHING, "only if it lapses", null);
        };
    }

    private static Optional<Move> afterTraining(Facts facts) {
        if (facts.now().isBefore(facts.since().plus(facts.timing().training()))) {
            return Optional.empty();
        }
        boolean trained = after(facts.trainingDoneAt(), facts.since());
        if (!trained && !facts.shownOnACall()) {
            return Optional.empty();
        }
        return Optional.of(new Move(Phase.MENTORING, (trained ? "Training done" : "Shown on a call")
                + " after " + Days.describe(facts.timing().training()) + " of training: next, a peer shows how they do it."));
    }

    private static Optional<Move> afterMentoring(Facts facts) {
        Duration inPhase = Duration.between(facts.since(), facts.now());
        if (inPhase.compareTo(facts.timing().mentoring()) < 0) {
            return Optional.empty();
        }
        if (after(facts.mentoredAt(), facts.since())) {
            return Optional.of(new Move(Phase.COACHING, "Met their mentor: the rep knows what good sounds like;"
                    + " coaching works on what holds them back."));
        }
        if (!after(facts.pairedAt(), facts.since())) {
            return Optional.of(new Move(Phase.COACHING, "No teammate is consciously competent and consistent at it"
                    + " to mentor the rep, so coaching takes over."));
        }
        if (inPhase.compareTo(facts.timing().mentoring().multipliedBy(2)) >= 0) {
            return Optional.of(new Move(Phase.COACHING, "The mentoring meeting was not recorded within "
                    + Days.describe(facts.timing().mentoring().multipliedBy(2)) + ", so coaching takes over."));
        }
        return Optional.empty();
    }

    /** Coaching gets as long as training had before a knowledge gap sends the rep back to it. */
    private static Optional<Move> retraining(Facts facts) {
        boolean fairGo = !facts.now().isBefore(facts.since().plus(facts.timing().training()));
        if (fairGo && facts.diagnosis() == Approach.TRAINING && !after(facts.trainingDoneAt(), facts.since())) {
            return Optional.of(new Move(Phase.TRAINING, "After " + Days.describe(facts.timing().training())
                    + " of coaching it still reads as a knowledge gap rather than a blockage: training again."));
        }
        return Optional.empty();
    }

    private static boolean after(Instant at, Instant since) {
        return at != null && !at.isBefore(since);
    }
}
