package io.callreview.coaching.rules;

/** How a nudge quotes what a coach wrote for the rep: a sentence of its own, or nothing when the coach wrote nothing. */
final class CoachQuote {

    private CoachQuote() {
    }

    static String of(String coachId, String comment) {
        if (comment == null || comment.isBlank()) {
            return "";
        }
        return " " + (coachId != null ? "Your coach, " + coachId + ", says" : "Your coach says") + ": “" + comment.trim() + "”";
    }
}
