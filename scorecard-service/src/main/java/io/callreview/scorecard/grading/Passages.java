package io.callreview.scorecard.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What of a sentence is compared with the examples. A short sentence is one passage. A long one (speech
 * recognition without punctuation runs whole turns together) is read in overlapping windows, plus a passage from
 * every place a question starts, so one question inside a rambling turn is compared on its own.
 */
final class Passages {

    /** A piece of a sentence, how many words it has, and whether it asks something. */
    record Passage(String text, int words, boolean question) {
    }

    static final int MAX_WORDS = 28;
    private static final int WINDOW = 20;
    private static final int STRIDE = 10;
    /**
     * Fewer words than this cannot express a behaviour ("Right.", "Got it."), unless they ask: "Budget range?" or
     * "Timing?" is how a terse rep qualifies.
     */
    private static final int MIN_WORDS = 3;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Passages() {
    }

    static List<Passage> of(Sentence sentence) {
        String said = Disfluencies.removed(sentence.text());
        String[] words = SPACES.split(said);
        if (words.length < (sentence.question() ? 1 : MIN_WORDS)) {
            return List.of();
        }
        if (words.length <= MAX_WORDS) {
            return List.of(new Passage(said, words.length, sentence.question()));
        }
        Set<Passage> passages = new LinkedHashSet<>();
        for (int from = 0; from < words.length; from += STRIDE) {
            int to = Math.min(words.length, from + WINDOW);
            String text = join(words, from, to);
            passages.add(new Passage(text, to - from, sentence.question() && sentence.text().strip().endsWith("?")
                    || QuestionForm.isQuestion(text)));
            if (from + WINDOW >= words.length) {
                break;
            }
        }
        if (QuestionForm.unpunctuated(said)) {
            List<String> lower = new ArrayList<>();
            for (String word : words) {
                List<String> split = QuestionForm.words(word);
                lower.add(split.isEmpty() ? "" : split.get(0));
            }
            for (int opener : QuestionForm.openers(lower)) {
                int to = Math.min(words.length, opener + WINDOW);
                passages.add(new Passage(join(words, opener, to), to - opener, true));
            }
        }
        return List.copyOf(passages);
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }
}
