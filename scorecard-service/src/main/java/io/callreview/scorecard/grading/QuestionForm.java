package io.callreview.scorecard.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence asks something: it ends with '?', or it opens (after fillers) with an interrogative or a request
 * to be told ("walk me through ...", "tell me ..."). Speech recognisers often drop punctuation and run several clauses
 * together, so in text without any sentence punctuation a question may also start inside the sentence: an
 * interrogative word followed by an auxiliary ("what would you", "how much"), an auxiliary followed by a subject ("do
 * you", "is there") right after a filler or the start, or a request to be told there.
 */
final class QuestionForm {

    private static final Set<String> FILLERS = Set.of(
            "so", "and", "but", "okay", "ok", "well", "now", "then", "um", "uh", "also", "just", "right",
            "great", "cool", "alright", "yeah", "sure", "like", "mm", "hmm", "oh",
            // acknowledgements a recogniser runs into the question that follows them ("exactly does that make sense")
            "exactly", "perfect", "awesome", "nice", "gotcha", "totally", "yes", "yep", "no", "wow", "hey", "fine",
            "good", "anyway", "anyways", "honestly", "actually", "listen", "look", "please");
    /**
     * Requests that ask the listener to tell, said as an imperative or a wish rather than a question: "walk me through
     * who else weighs in", "tell me who else is deciding", "I'd love to hear how you handle it today". Each is the
     * start of the request, as words.
     */
    private static final List<List<String>> REQUESTS = List.of(
            List.of("walk", "me", "through"), List.of("talk", "me", "through"), List.of("take", "me", "through"),
            List.of("run", "me", "through"), List.of("tell", "me"), List.of("tell", "us"), List.of("help", "me", "understand"),
            List.of("fill", "me", "in"), List.of("i'd", "love", "to", "hear"), List.of("id", "love", "to", "hear"),
            List.of("i'd", "love", "to", "know"), List.of("i'd", "like", "to", "understand"), List.of("i'm", "curious"),
            List.of("im", "curious"), List.of("i", "was", "wondering"), List.of("i'm", "wondering"));
    private static final Set<String> OPENING_AUXILIARIES = Set.of(
            "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should", "shall",
            "have", "has", "had", "may", "might", "am", "isn't", "aren't", "don't", "doesn't", "didn't", "won't",
            "wouldn't", "can't", "couldn't", "shouldn't", "haven't", "hasn't");
    /** What follows a tag "or" that only softens a yes/no question: "or not", "or something like that". */
    private static final Set<String> TAG_AFTER_OR = Set.of("not", "something", "anything", "so", "whatever", "no");
    private static final Set<String> WH_WORDS = Set.of("what", "how", "when", "where", "who", "whose", "which", "why");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "our", "my", "his", "her", "their", "its", "i", "everyone", "someone", "anyone");
    /** Interrogatives that open a statement only rarely. */
    private static final Set<String> ASKING_WH = Set.of("who", "whom", "whose");
    private static final Set<String> WH_CONTRACTIONS = Set.of("what's", "whats", "how's", "who's", "where's", "when's");
    private static final Set<String> AFTER_WH = Set.of(
            "is", "are", "was", "were", "do", "does", "did", "would", "will", "can", "could", "should", "has", "have",
            "else", "much", "many", "kind", "sort", "type", "long", "soon", "often", "happens", "happened", "exactly",
            "about");
    private static final Set<String> AUXILIARIES = Set.of(
            "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should", "have", "has");
    private static final Set<String> SUBJECTS = Set.of(
            "you", "we", "there", "it", "anyone", "anybody", "your", "they", "he", "she", "this", "that");

    /** Words after which "who's", "which is" or "what's" go on describing them rather than ask: "everyone who's due". */
    private static final Set<String> RELATIVE_ANTECEDENTS = Set.of(
            "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "people", "person", "those", "one", "ones",
            "guy", "guys", "folks", "customer", "customers", "patient", "patients", "team", "staff", "rep", "reps", "user",
            "users", "that's", "thats");

    /** What "is there" or "are there" go on with when they ask: "are there other teams", "is there anyone". */
    private static final Set<String> ASKED_AFTER_THERE = Set.of(
            "any", "anything", "anyone", "anybody", "other", "others", "another", "more", "someone", "somebody", "a", "an");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'\u2019]+");

    private QuestionForm() {
    }

    static boolean isQuestion(String sentence) {
        String trimmed = sentence.strip();
        if (trimmed.endsWith("?")) {
            return true;
        }
        List<String> words = words(trimmed);
        boolean statement = trimmed.endsWith(".") || trimmed.endsWith("!");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!FILLERS.contains(word)) {
                List<String> opening = words.subList(i, Math.min(words.size(), i + 4));
                if (requestsAnAnswer(words, i)) {
                    return true;
                }
                if (statement) {
                    return asksDespiteFullStop(opening);
                }
                return opensAsQuestion(opening) || unpunctuated(trimmed) && !openers(words).isEmpty();
            }
        }
        return false;
    }

    /**
     * A sentence that ends with a full stop is a statement unless it clearly opens as a question ("Do you have a
     * budget.", "How much is set aside."): "When the customer asks, ..." or "Which is why ..." are statements.
     */
    private static boolean asksDespiteFullStop(List<String> opening) {
        String first = opening.get(0);
        String second = opening.size() > 1 ? opening.get(1) : "";
        String third = opening.size() > 2 ? opening.get(2) : "";
        String fourth = opening.size() > 3 ? opening.get(3) : "";
        if (WH_CONTRACTIONS.contains(first) || ASKING_WH.contains(first)) {
            return true;
        }
        if (WH_WORDS.contains(first) && AFTER_WH.contains(second)) {
            // "What would help is ..." is a statement; "What would you ..." asks
            return !AUXILIARIES.contains(second) || SUBJECTS.contains(third) || DETERMINERS.contains(third);
        }
        if (WH_WORDS.contains(first) && AUXILIARIES.contains(third) && SUBJECTS.contains(fourth)) {
            return true; // "What budget do you have."
        }
        if (WH_WORDS.contains(first) && SUBJECTS.contains(second) && (third.endsWith("ing") || fourth.endsWith("ing"))) {
            return true; // the auxiliary dropped, as said: "How you tracking temps now", "how you guys handling it"
        }
        return AUXILIARIES.contains(first) && SUBJECTS.contains(second);
    }

    /**
     * Without a question mark, a sentence asks when it opens with an auxiliary ("is the budget", "may I ask"), or with an
     * interrogative that a question would go on from ("how does the", "who signs"): "what I want to get out of this
     * is ..." opens with an interrogative and states.
     */
    private static boolean opensAsQuestion(List<String> opening) {
        String first = opening.get(0);
        String second = opening.size() > 1 ? opening.get(1) : "";
        if (opening.size() == 1 && WH_WORDS.contains(first)) {
            return true; // "why", "how": a question on its own
        }
        return WH_WORDS.contains(first) || WH_CONTRACTIONS.contains(first) ? asksDespiteFullStop(opening)
                : OPENING_AUXILIARIES.contains(first);
    }

    /**
     * Whether a question asks for more than a yes or a no: it asks with an interrogative ("what", "how", "who", also
     * inside, as in "do you know when ..."), is a request to be told, or offers a choice that invites the prospect to
     * explain ("is there money this year, or would it come from another bucket?"). "Do you have budget?" and "Is there a
     * timeline?" do not.
     */
    static boolean isOpen(String question) {
        List<String> words = words(question);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (WH_WORDS.contains(word) || WH_CONTRACTIONS.contains(word) || offersAChoice(words, i) || requestsAnAnswer(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An "or" that offers another answer, said as words of its own ("or would it come from another bucket"); a trailing
     * "or", "or not", "or something" only soften a yes/no question.
     */
    private static boolean offersAChoice(List<String> words, int at) {
        if (!words.get(at).equals("or") || words.size() - at - 1 < 2) {
            return false;
        }
        return !TAG_AFTER_OR.contains(words.get(at + 1));
    }

    /** Whether a request for the listener to tell something starts at word {@code from}. */
    private static boolean requestsAnAnswer(List<String> words, int from) {
        for (List<String> request : REQUESTS) {
            if (from + request.size() <= words.size() && words.subList(from, from + request.size()).equals(request)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text carries no sentence punctuation at all, as raw speech recognition often does. */
    static boolean unpunctuated(String text) {
        return text.chars().noneMatch(c -> c == '.' || c == '?' || c == '!');
    }

    /** Word positions where a question starts inside unpunctuated text. */
    static List<Integer> openers(List<String> words) {
        List<Integer> openers = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            boolean clauseStart = i == 0 || FILLERS.contains(words.get(i - 1));
            boolean relative = describes(words, i);
            if (!relative && (WH_CONTRACTIONS.contains(word) || WH_WORDS.contains(word) && AFTER_WH.contains(next))
                    || clauseStart && (AUXILIARIES.contains(word) && SUBJECTS.contains(next) || requestsAnAnswer(words, i))
                    || asksMidClause(words, i)) {
                openers.add(i);
            }
        }
        return openers;
    }

    /**
     * Whether the interrogative at {@code at} goes on describing what came before it ("everyone who's due", "that's
     * exactly what's slowing us down") rather than asking; "exactly what's your timeline" asks, "exactly" said alone.
     */
    private static boolean describes(List<String> words, int at) {
        String before = at > 0 ? words.get(at - 1) : "";
        if (before.equals("exactly")) {
            return at > 1 && RELATIVE_ANTECEDENTS.contains(words.get(at - 2));
        }
        return RELATIVE_ANTECEDENTS.contains(before);
    }

    /**
     * An auxiliary that asks even after a lead-in that is no filler ("looking ahead are there other teams ...", "and for
     * the board would you ..."): one followed by "you", or by "there" and what a question asks after ("are there any").
     */
    private static boolean asksMidClause(List<String> words, int at) {
        if (at + 1 >= words.size() || !AUXILIARIES.contains(words.get(at))) {
            return false;
        }
        String next = words.get(at + 1);
        if (next.equals("you")) {
            return true;
        }
        return next.equals("there") && at + 2 < words.size() && ASKED_AFTER_THERE.contains(words.get(at + 2));
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(text)) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            }
        }
        return words;
    }
}
