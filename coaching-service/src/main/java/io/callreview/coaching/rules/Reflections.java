package io.callreview.coaching.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reflection prompts: after a call where the rep did a behaviour, ask what made it work, answered in a few words of
 * their own or by picking one of the behaviour's guidance points. An answer that names something is an explanation
 * (the rep knows why: conscious); "not sure" is not.
 */
public final class Reflections {

    /** The choice that says the rep cannot tell what made it work; always offered last. */
    public static final String NOT_SURE = "I'm not sure what made it work";

    private static final int MAX_POINTS = 4;
    private static final int MAX_POINT_LENGTH = 200;
    private static final int MIN_WORDS = 3;

    private Reflections() {
    }

    /**
     * The guidance cut into points a rep can pick: sentences or lines, at most four. Not at a semicolon: what follows
     * one qualifies what precedes it ("ask for a day and time; 'let's connect sometime' is not an ask").
     */
    public static List<String> guidancePoints(String guidance) {
        if (guidance == null || guidance.isBlank()) {
            return List.of();
        }
        return Arrays.stream(guidance.split("(?<=[.!?])\\s+|\\R"))
                .map(point -> point.replaceFirst("^[-*•]\\s*", "").strip())
                .filter(point -> point.length() > 1)
                .map(point -> Texts.truncate(point, MAX_POINT_LENGTH))
                .distinct()
                .limit(MAX_POINTS)
                .toList();
    }

    /** The choices a reflection offers: the guidance points, then {@link #NOT_SURE}. */
    public static List<String> choices(String guidance) {
        return Stream.concat(guidancePoints(guidance).stream(), Stream.of(NOT_SURE)).toList();
    }

    /** "What did you do that made this work: “…”?" about the rep's own words on the call, when there are some. */
    public static String question(String behaviourQuestion, String quote) {
        String action = BehaviourPhrasing.asAction(behaviourQuestion);
        return quote == null || quote.isBlank()
                ? "You managed to " + action + " on that call. What did you do that made it work?"
                : "You managed to " + action + ": “" + Texts.truncate(quote.strip(), 160) + "”. What did you do that made it work?";
    }

    /**
     * Whether to ask what made it work: the rep does the behaviour without being able to say why (unconsciously
     * competent), and was not asked lately ({@link #due}). When the rep was last asked is looked up only then.
     */
    public static boolean ask(Stage stage, Supplier<Optional<Instant>> lastAsked, Instant now, Duration gap) {
        return stage == Stage.UNCONSCIOUSLY_COMPETENT && due(lastAsked.get(), now, gap);
    }

    /** Whether to ask again: never asked, or last asked at least {@code gap} ago. */
    public static boolean due(Optional<Instant> lastAsked, Instant now, Duration gap) {
        return lastAsked.map(at -> !at.plus(gap).isAfter(now)).orElse(true);
    }

    /** A reflection as a memory review: explaining what made it work is a recall (GOOD), not being able to is HARD. */
    public static Fsrs.Grade grade(String choice, String text) {
        return explains(choice, text) ? Fsrs.Grade.GOOD : Fsrs.Grade.HARD;
    }

    /** Whether an answer explains what made it work: a guidance point picked, or a few words of the rep's own. */
    public static boolean explains(String choice, String text) {
        boolean pickedAPoint = choice != null && !choice.isBlank() && !NOT_SURE.equals(choice);
        boolean ownWords = text != null && text.strip().split("\\s+").length >= MIN_WORDS;
        return pickedAPoint || ownWords;
    }
}
