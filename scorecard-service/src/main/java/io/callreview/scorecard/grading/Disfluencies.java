package io.callreview.scorecard.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Speech as a sentence model should read it: without hesitations ("um", "uh") and without a word stammered twice
 * ("the, the money side"). Recognisers keep both, and they pull a short question's vector towards small talk: "like who
 * else would be um looking at this" reads closer to "who else are you looking at" than it should. Only what the model
 * reads is cleaned; quotes keep the words as said.
 */
final class Disfluencies {

    private static final Set<String> HESITATIONS = Set.of(
            "um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "mm", "mhm", "mm-hmm", "uh-huh");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\u2026\u2014\u2013]+|[\\p{Punct}\u2026\u2014\u2013]+$");

    private Disfluencies() {
    }

    static String removed(String text) {
        String[] words = SPACES.split(text.strip());
        List<String> kept = new ArrayList<>(words.length);
        String previous = null;
        for (String word : words) {
            String bare = EDGE_PUNCTUATION.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
            if (HESITATIONS.contains(bare)) {
                continue;
            }
            if (bare.equals(previous) && !bare.isEmpty() && !kept.isEmpty()) {
                // the repeat keeps its punctuation: "the, the money" becomes "the money"
                kept.set(kept.size() - 1, word);
                continue;
            }
            kept.add(word);
            previous = bare;
        }
        return kept.isEmpty() ? text.strip() : String.join(" ", kept);
    }
}
