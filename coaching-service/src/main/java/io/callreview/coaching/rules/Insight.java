package io.callreview.coaching.rules;

import io.callreview.events.RepResponse;
import java.time.Instant;
import java.util.Optional;

/**
 * What one answer of the rep shows about what they know of a behaviour, apart from whether they do it: whether they
 * see the gap, and whether they can say why it works. {@code callId} is the call the answer was about, if any.
 */
public record Insight(Instant at, Kind kind, String callId) {

    public enum Kind {
        BELIEVED_DONE_WHEN_MISSED(false, null, "believed they did it on a call where it was missed"),
        SAW_THE_MISS(true, null, "said they had not done it on a call where it was indeed missed"),
        ACKNOWLEDGED_FEEDBACK(true, null, "acknowledged feedback about it"),
        COMPLETED_TRAINING(true, null, "completed a training unit on it"),
        DID_NOT_NOTICE_DOING_IT(null, false, "did not know they had done it on a call where they did"),
        EXPLAINED_WHY(true, true, "explained what made it work"),
        COULD_NOT_EXPLAIN(null, false, "could not say what made it work"),
        ANSWERED_QUIZ_RIGHT(true, true, "answered a quiz on it correctly"),
        ANSWERED_QUIZ_UNSURE(true, false, "was unsure in a quiz on it"),
        ANSWERED_QUIZ_WRONG(true, false, "answered a quiz on it wrongly");

        /** Whether it shows the rep sees the gap (true), does not see it (false), or says nothing about it (null). */
        final Boolean seesGap;
        /** Whether it shows the rep can say why it works (true), cannot (false), or says nothing about it (null). */
        final Boolean knowsWhy;
        final String words;

        Kind(Boolean seesGap, Boolean knowsWhy, String words) {
            this.seesGap = seesGap;
            this.knowsWhy = knowsWhy;
            this.words = words;
        }
    }

    /**
     * What an answer shows, if anything: a self-assessment read against the call's verdict ({@code actuallyMet}, null
     * when the call has no decided verdict), a reflection or quiz by its grade, an acknowledgement as is.
     */
    public static Optional<Kind> of(RepResponse.Kind answer, RepResponse.SelfAssessment selfAssessment, Fsrs.Grade grade,
                                    Boolean actuallyMet) {
        return Optional.ofNullable(switch (answer) {
            case ACKNOWLEDGED -> Kind.ACKNOWLEDGED_FEEDBACK;
            case SELF_ASSESSMENT -> selfAssessment == null || actuallyMet == null ? null
                    : actuallyMet ? (selfAssessment == RepResponse.SelfAssessment.YES ? null : Kind.DID_NOT_NOTICE_DOING_IT)
                    : (selfAssessment == RepResponse.SelfAssessment.YES ? Kind.BELIEVED_DONE_WHEN_MISSED : Kind.SAW_THE_MISS);
            case REFLECTION -> grade == null ? null : grade == Fsrs.Grade.GOOD ? Kind.EXPLAINED_WHY : Kind.COULD_NOT_EXPLAIN;
            case QUIZ_ANSWER -> grade == null ? null : switch (grade) {
                case GOOD, EASY -> Kind.ANSWERED_QUIZ_RIGHT;
                case HARD -> Kind.ANSWERED_QUIZ_UNSURE;
                case AGAIN -> Kind.ANSWERED_QUIZ_WRONG;
            };
        });
    }

    /** Whether it shows the rep sees the behaviour as something to work on. */
    public boolean seesGap() {
        return Boolean.TRUE.equals(kind.seesGap);
    }

    /** "on call c-1 the rep explained what made it work" */
    String describe() {
        return (callId == null ? "the rep " : "on call " + callId + " the rep ") + kind.words;
    }
}
