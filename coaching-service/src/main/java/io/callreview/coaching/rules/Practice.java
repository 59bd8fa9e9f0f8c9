package io.callreview.coaching.rules;

import io.callreview.coaching.rules.PracticeItem.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Builds and picks the concrete things nudges give a rep to do about a behaviour. The pick is never the item offered
 * last time, and another kind than last time when there is one, so consecutive nudges vary: a question, then a
 * phrasing, then a teammate's moment.
 */
public final class Practice {

    /** The quiz choice that says the rep does not know: graded HARD, not AGAIN. */
    public static final String NOT_SURE = "Not sure";

    private static final int QUIZZES_PER_BEHAVIOUR = 3;
    private static final int DISTRACTORS = 2;

    private Practice() {
    }

    /**
     * The next item: not {@code lastItemId}, preferably of another kind than it, then in {@code preference} order of
     * kinds, then in the order of {@code candidates}. Empty only when there is nothing else to offer.
     */
    public static Optional<PracticeItem> next(List<PracticeItem> candidates, String lastItemId, List<Kind> preference) {
        Optional<Kind> lastKind = kindOf(lastItemId);
        List<PracticeItem> fresh = candidates.stream().filter(item -> !item.id().equals(lastItemId)).toList();
        return fresh.stream().min(Comparator
                .comparing((PracticeItem item) -> lastKind.map(k -> k == item.kind()).orElse(false))
                .thenComparingInt(item -> preference.contains(item.kind()) ? preference.indexOf(item.kind()) : preference.size())
                .thenComparingInt(fresh::indexOf));
    }

    /** The kind of an item from its id, as {@link #quizId}, {@link #phrasingId} and the others make them. */
    public static Optional<Kind> kindOf(String itemId) {
        if (itemId == null) {
            return Optional.empty();
        }
        if (itemId.startsWith("quiz:") || itemId.startsWith("recall:")) {
            return Optional.of(Kind.QUESTION);
        }
        if (itemId.startsWith("phrase:")) {
            return Optional.of(Kind.PHRASING);
        }
        return itemId.startsWith("peer:") ? Optional.of(Kind.PEER_MOMENT) : Optional.empty();
    }

    /**
     * Multiple-choice questions about a behaviour: "which of these is what it asks of you?", one per guidance point
     * (at most three), the other choices taken from other behaviours' guidance, shuffled by sorting, then
     * {@link #NOT_SURE}. None without a point of another behaviour to tell it from.
     */
    public static List<PracticeItem.Quiz> quizzes(String behaviourKey, String behaviourQuestion, List<String> points,
                                                  List<String> otherBehavioursPoints) {
        List<String> others = otherBehavioursPoints.stream().filter(p -> !points.contains(p)).distinct().toList();
        if (others.isEmpty()) {
            return List.of();
        }
        String action = BehaviourPhrasing.asAction(behaviourQuestion);
        return IntStream.range(0, Math.min(points.size(), QUIZZES_PER_BEHAVIOUR)).mapToObj(i -> {
            List<String> choices = new ArrayList<>();
            choices.add(points.get(i));
            for (int d = 0; d < Math.min(DISTRACTORS, others.size()); d++) {
                choices.add(others.get((i * DISTRACTORS + d) % others.size()));
            }
            List<String> shuffled = new ArrayList<>(choices.stream().distinct().sorted().toList());
            shuffled.add(NOT_SURE);
            return new PracticeItem.Quiz(quizId(behaviourKey, points.get(i)),
                    "Which of these is part of how you " + action + "?", shuffled, points.get(i));
        }).toList();
    }

    /** Two open questions, so that when nothing else is at hand the rep still never gets the same one twice in a row. */
    public static List<PracticeItem.Recall> recalls(String behaviourKey, String behaviourQuestion) {
        String action = BehaviourPhrasing.asAction(behaviourQuestion);
        return List.of(
                new PracticeItem.Recall("recall:" + behaviourKey + ":words",
                        "Before your next call: what words will you use to " + action + "? Write them down."),
                new PracticeItem.Recall("recall:" + behaviourKey + ":why",
                        "In one sentence: why does it matter to " + action + " on a call?"));
    }

    /** How a quiz answer counts as a memory review: right GOOD, unsure HARD, wrong AGAIN. */
    public static Fsrs.Grade grade(String choice, String answer) {
        if (Objects.equals(choice, answer)) {
            return Fsrs.Grade.GOOD;
        }
        return NOT_SURE.equals(choice) || choice == null ? Fsrs.Grade.HARD : Fsrs.Grade.AGAIN;
    }

    public static String quizId(String behaviourKey, String answer) {
        return "quiz:" + behaviourKey + ":" + Integer.toHexString(answer.hashCode());
    }

    public static String phrasingId(String words) {
        return "phrase:" + Integer.toHexString(words.strip().hashCode());
    }

    public static String peerMomentId(String callId) {
        return "peer:" + callId;
    }
}
