package io.callreview.notification.inbox;

import io.callreview.events.NudgeRequested;
import io.callreview.events.RepResponse;
import io.callreview.notification.domain.Nudge;
import io.callreview.platform.problem.ApiException;
import java.util.Objects;

/**
 * Which answers a nudge takes: an acknowledgement always; a self-assessment, reflection or quiz answer only when the
 * nudge asks for one, with the fields each needs and no others, and a choice only among those the nudge offers.
 */
final class AnswerRules {

    private AnswerRules() {
    }

    static void check(Nudge nudge, ResponseRequest request) {
        switch (request.kind()) {
            case ACKNOWLEDGED -> {
                absent("selfAssessment", request.selfAssessment());
                absent("choice", request.choice());
                absent("text", request.ownWords());
            }
            case SELF_ASSESSMENT -> {
                if (request.selfAssessment() == null) {
                    throw ApiException.badRequest("selfAssessment", "is required when kind is SELF_ASSESSMENT (YES, NO or NOT_SURE)");
                }
                absent("choice", request.choice());
                absent("text", request.ownWords());
                offered(nudge, NudgeRequested.ActionType.SELF_ASSESSMENT, "a self-assessment");
            }
            case REFLECTION -> {
                absent("selfAssessment", request.selfAssessment());
                if (request.choice() == null && request.ownWords() == null) {
                    throw ApiException.badRequest("text", "say what made it work in a few words, or pick one of the choices");
                }
                offered(nudge, NudgeRequested.ActionType.REFLECTION, "a reflection");
                offeredChoice(nudge, NudgeRequested.ActionType.REFLECTION, request.choice());
            }
            case QUIZ_ANSWER -> {
                absent("selfAssessment", request.selfAssessment());
                absent("text", request.ownWords());
                if (request.choice() == null) {
                    throw ApiException.badRequest("choice", "is required when kind is QUIZ_ANSWER: one of the quiz's choices");
                }
                offered(nudge, NudgeRequested.ActionType.QUIZ, "a quiz answer");
                offeredChoice(nudge, NudgeRequested.ActionType.QUIZ, request.choice());
            }
        }
    }

    /** Whether an earlier answer of the same kind is this one again (an idempotent replay). */
    static boolean sameAnswer(NudgeResponse earlier, ResponseRequest request) {
        return earlier.selfAssessment == request.selfAssessment() && Objects.equals(earlier.choice, request.choice())
                && Objects.equals(earlier.text, request.ownWords());
    }

    /** The field a changed answer of this kind is refused on. */
    static String answerField(RepResponse.Kind kind) {
        return switch (kind) {
            case SELF_ASSESSMENT, ACKNOWLEDGED -> "selfAssessment";
            case REFLECTION -> "text";
            case QUIZ_ANSWER -> "choice";
        };
    }

    private static void absent(String field, Object value) {
        if (value != null) {
            throw ApiException.badRequest(field, "must be absent for this kind of answer");
        }
    }

    private static void offered(Nudge nudge, NudgeRequested.ActionType type, String what) {
        if (!nudge.offers(type)) {
            throw ApiException.unprocessable("kind", "nudge '" + nudge.nudgeId + "' does not ask for " + what);
        }
    }

    private static void offeredChoice(Nudge nudge, NudgeRequested.ActionType type, String choice) {
        if (choice != null && nudge.actions.stream().noneMatch(a -> a.type() == type && a.choices().contains(choice))) {
            throw ApiException.unprocessable("choice", "'" + choice + "' is not one of the choices nudge '" + nudge.nudgeId + "' offers");
        }
    }
}
