package io.callreview.scorecard.grading;

import java.util.Locale;
import java.util.Set;

/** Whether a sentence asks something: it ends with '?', or it opens (after fillers) with an interrogative. */
final class QuestionForm {

    private static final Set<String> INTERROGATIVES = Set.of(
            "what", "what's", "whats", "how", "how's", "when", "where", "who", "who's", "whom", "whose", "why", "which",
            "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should", "shall",
            "have", "has", "had", "may", "might", "am", "isn't", "aren't", "don't", "doesn't", "didn't", "won't",
            "wouldn't", "can't", "couldn't", "shouldn't", "haven't", "hasn't");
    private static final Set<String> FILLERS = Set.of(
            "so", "and", "but", "okay", "ok", "well", "now", "then", "um", "uh", "also", "just", "right",
            "great", "cool", "alright", "yeah", "sure");

    private QuestionForm() {
    }

    static boolean isQuestion(String sentence) {
        String trimmed = sentence.strip();
        if (trimmed.endsWith("?")) {
            return true;
        }
        for (String word : trimmed.split("[^\\p{L}']+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!FILLERS.contains(lower)) {
                return INTERROGATIVES.contains(lower);
            }
        }
        return false;
    }
}
