package io.callreview.scorecard.grading;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a rep's sentence says outright that it answers something the prospect said: "since you told me your reps
 * re-key orders", "the double bookings you mentioned", "as you put it", "from our last call". Such a sentence ties the
 * product to the prospect's words even when they were said on an earlier call, where this call has nothing to take up.
 */
final class ProspectReference {

    private static final Pattern REFERENCE = Pattern.compile(String.join("|",
            "\\b(you|you've|you have|you'd|your team|your folks|your people)( just| also| both)?"
                    + " (said|told|mentioned|described|explained|raised|flagged|brought up|pointed out|shared|were saying"
                    + "|were telling|were talking about|talked about|complained|walked me through)\\b",
            "\\bas you (put it|said|say|mentioned)\\b",
            "\\blast time (you|we spoke|we talked|we met)\\b",
            "\\bour (last|first|previous|discovery) (call|conversation|meeting|chat)\\b",
            "\\bwhen we (spoke|talked|met)\\b"));

    private ProspectReference() {
    }

    static boolean refersToProspect(String text) {
        return REFERENCE.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }
}
