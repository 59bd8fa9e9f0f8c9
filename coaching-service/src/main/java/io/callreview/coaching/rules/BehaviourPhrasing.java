package io.callreview.coaching.rules;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns scorecard questions ("Does the rep close with agreed next steps?") into words addressed to the
 * rep ("close with agreed next steps", "Did you close with agreed next steps?"), a condition before the question
 * included ("When the prospect pushes back, does the rep ...?"). Questions written in another form are quoted.
 */
public final class BehaviourPhrasing {

    private static final Pattern DOES = Pattern.compile("^(?:does|did) the (?:rep|agent|seller)\\s+(.+?)\\??$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IS = Pattern.compile("^(?:is|was) the (?:rep|agent|seller)\\s+(.+?)\\??$", Pattern.CASE_INSENSITIVE);
    /** "When the prospect pushes back, does the rep ...?": the condition, then the question it qualifies. */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "^((?:when|whenever|if|once|after|before|while|as soon as)\\b[^,]+),\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROGRESSIVE = Pattern.compile("\\w+ing\\b", Pattern.CASE_INSENSITIVE);
    /** Only reflexives surely mean the rep: "their", "them" and "they" usually mean the prospect. */
    private static final Pattern THEMSELVES = Pattern.compile("\\b(themselves|themself)\\b", Pattern.CASE_INSENSITIVE);

    private BehaviourPhrasing() {
    }

    /** The behaviour as something to do: "close with agreed next steps"; "do what “…” asks" if not recognised. */
    public static String asAction(String question) {
        return phrased(question, UnaryOperator.identity(),
                // "be talking to the right people" is no way to ask it of someone
                state -> (PROGRESSIVE.matcher(state).lookingAt() ? "make sure you are " : "be ") + state, "do what “%s” asks");
    }

    /**
     * The behaviour as something the rep did, to follow "you": "close with agreed next steps", "were talking to the
     * right people"; "did what “…” asks" if not recognised.
     */
    public static String asDone(String question) {
        return phrased(question, UnaryOperator.identity(), state -> "were " + state, "did what “%s” asks");
    }

    /**
     * A question in the rep's words: what the rep does ({@code does}) or is ({@code is}) put into a form, a condition
     * before the question moved after it; {@code unrecognised} quotes any other question.
     */
    private static String phrased(String question, UnaryOperator<String> does, UnaryOperator<String> is, String unrecognised) {
        String q = question.trim();
        Matcher conditional = CONDITIONAL.matcher(q);
        if (conditional.matches() && recognised(conditional.group(2))) {
            return phrased(conditional.group(2), does, is, unrecognised) + " " + lowerFirst(conditional.group(1));
        }
        Matcher doing = DOES.matcher(q);
        if (doing.matches()) {
            return does.apply(secondPerson(doing.group(1)));
        }
        Matcher being = IS.matcher(q);
        if (being.matches()) {
            return is.apply(secondPerson(being.group(1)));
        }
        return unrecognised.formatted(q);
    }

    /** A question to ask the rep about a past call: "Did you close with agreed next steps on that call?" */
    public static String asSelfCheck(String question) {
        String q = question.trim();
        Matcher conditional = CONDITIONAL.matcher(q);
        if (conditional.matches() && recognised(conditional.group(2))) {
            return "On that call, " + lowerFirst(conditional.group(1)) + ", " + didYou(conditional.group(2)) + "?";
        }
        return recognised(q) ? upperFirst(didYou(q)) + " on that call?" : "On that call, was the answer yes: “" + q + "”?";
    }

    /** "did you close with agreed next steps", of a recognised question. */
    private static String didYou(String question) {
        Matcher does = DOES.matcher(question);
        if (does.matches()) {
            return "did you " + secondPerson(does.group(1));
        }
        Matcher is = IS.matcher(question);
        if (!is.matches()) {
            throw new IllegalArgumentException("not a question about the rep: " + question);
        }
        return "were you " + secondPerson(is.group(1));
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean recognised(String question) {
        return DOES.matcher(question).matches() || IS.matcher(question).matches();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String secondPerson(String phrase) {
        return THEMSELVES.matcher(phrase).replaceAll("yourself");
    }
}
