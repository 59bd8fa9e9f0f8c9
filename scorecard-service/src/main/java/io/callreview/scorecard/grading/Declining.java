package io.callreview.scorecard.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a rep says a behaviour only to not do it: "I don't think we need to set up a next step", "let's skip the
 * recap", "no need to go over an agenda". A sentence model reads such a sentence as close to the behaviour as the
 * behaviour itself (it has the same words), so the grader asks, for a statement that comes near a behaviour, whether
 * the part of it that comes nearest is the speaker declining. Only the speaker's own refusals count ("I", "we",
 * "let's", "no need"): "so you don't need a person on a lift" is a product's benefit, not a refusal, and neither are
 * idioms like "no worries" or "don't worry".
 */
final class Declining {

    private static final Pattern IDIOMS = Pattern.compile(
            "\\b(no worries|don'?t (you )?worry|not a problem|no problem|don'?t hesitate|don'?t forget|not only"
                    + "|why not|or not|if not|whether or not|can'?t wait|not to (be|put|pry|sound|interrupt|jump|keep|rush)"
                    + "|(i'?m|i am|we'?re|we are) not (sure|certain)"
                    // a purpose, not a refusal: "just so I'm not guessing, you told us ..."
                    + "|so (that )?(i|we)( don'?t|'?m not|'?re not| am not| are not| won'?t))\\b");
    private static final Pattern REFUSAL = Pattern.compile(String.join("|",
            // I / we + a negated auxiliary: "we don't need to", "I won't bother", "I wasn't planning to"
            "\\b(i|we)( really| just| probably| honestly)? (don'?t|do not|won'?t|will not|didn'?t|did not|wasn'?t|was not"
                    + "|weren'?t|were not|wouldn'?t|would not|shouldn'?t|should not|needn'?t|haven'?t|have not|never)\\b",
            "\\b(i'?m|i am|we'?re|we are)( just| really| probably| honestly)? (not|never)\\b",
            "\\b(i'?d|we'?d|i would|we would|i'?ll|we'?ll|i will|we will)( much| just)? (rather )?not\\b",
            "\\b(i'?d|we'?d) rather (skip|leave|hold|park|save|wait)\\b",
            "\\b(let'?s|let us)( just)? (not|skip|park|hold off|forget|drop|leave)\\b",
            "\\b(we can|we could|we'?ll|i'?ll)( just)? (skip|park|hold off on|forget about)\\b",
            "\\b(no|not any|there'?s no|there is no) (need|point|reason)\\b",
            "\\bnot (necessary|needed|for today|today|for now|right now)\\b",
            "\\bnever ?mind\\b"));
    /** "We can't leave without a next step" says the behaviour twice over. */
    private static final Pattern DOUBLE_NEGATIVE = Pattern.compile("\\b(without|unless)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i)[,;:.!?\u2014\u2013]+|\\s-\\s|\\b(but|because|though|although|and then)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MIN_CLAUSE_WORDS = 3;
    /**
     * How far a refusal reaches: "not gonna start clicking yet" refuses the clicking, not the recap that follows in
     * the same unpunctuated turn ("let me just recap your goals first"). Set against the tuning part: 10 took "let's
     * not leave it hanging can we get your ops director on a call" for a refusal, 6 missed refusals.
     */
    private static final int SCOPE_WORDS = 8;

    private Declining() {
    }

    /** Whether the text has the speaker declining something, somewhere: only then is it worth reading clause by clause. */
    static boolean mayDecline(String text) {
        return refuses(normalised(text));
    }

    /** Whether this clause is the speaker declining what it names. */
    static boolean declines(String clause) {
        return refusal(clause).isPresent();
    }

    /**
     * What the clause declines: its words from the refusal on, a few of them ("don't think we need to set up a"),
     * empty when the clause declines nothing.
     */
    static Optional<String> refusal(String clause) {
        String text = normalised(clause);
        if (DOUBLE_NEGATIVE.matcher(text).find() || text.length() != clause.length()) {
            return Optional.empty();
        }
        Matcher refusal = REFUSAL.matcher(IDIOMS.matcher(text).replaceAll(m -> " ".repeat(m.group().length())));
        if (!refusal.find()) {
            return Optional.empty();
        }
        String[] words = SPACES.split(clause.substring(refusal.start()).strip());
        return Optional.of(String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, SCOPE_WORDS))));
    }

    /** The clauses of a passage that say enough to be read on their own; the passage itself when it has one or none. */
    static List<String> clauses(String passage) {
        List<String> clauses = new ArrayList<>();
        for (String part : CLAUSE_BREAK.split(passage)) {
            String clause = part.strip();
            if (SPACES.split(clause).length >= MIN_CLAUSE_WORDS) {
                clauses.add(clause);
            }
        }
        return clauses.size() > 1 ? clauses : List.of(passage);
    }

    private static boolean refuses(String text) {
        return REFUSAL.matcher(IDIOMS.matcher(text).replaceAll(" ")).find();
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
