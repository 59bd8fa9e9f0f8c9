package io.callreview.coaching.rules;

import io.callreview.coaching.rules.PracticeItem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeTest {

    private static final List<Kind> QUESTION_FIRST = List.of(Kind.QUESTION, Kind.PHRASING, Kind.PEER_MOMENT);
    private static final PracticeItem QUIZ = new PracticeItem.Quiz("quiz:a:1", "Which?", List.of("a", "b", "Not sure"), "a");
    private static final PracticeItem PHRASE = new PracticeItem.Phrasing("phrase:1", "What is your budget?", "an example", null, null);
    private static final PracticeItem PEER = new PracticeItem.PeerMoment("peer:c-9", "rep-7", "c-9", 61_000L, "We set aside 50k");
    private static final PracticeItem RECALL = Practice.recalls("ask-budget", "Does the rep ask budget?").get(0);

    @Test
    void neverTheSameItemTwiceInARowAndAnotherKindWhenThereIsOne() {
        List<PracticeItem> all = List.of(QUIZ, PHRASE, PEER, RECALL);
        assertThat(Practice.next(all, null, QUESTION_FIRST)).contains(QUIZ);
        assertThat(Practice.next(all, QUIZ.id(), QUESTION_FIRST)).contains(PHRASE);
        assertThat(Practice.next(all, PHRASE.id(), QUESTION_FIRST)).contains(QUIZ);
        assertThat(Practice.next(List.of(QUIZ, PEER), PEER.id(), List.of(Kind.PEER_MOMENT))).contains(QUIZ);
        assertThat(Practice.next(List.of(QUIZ, RECALL), QUIZ.id(), QUESTION_FIRST)).contains(RECALL);
        assertThat(Practice.next(List.of(QUIZ), QUIZ.id(), QUESTION_FIRST)).isEmpty();
    }

    @Test
    void aLongRunNeverRepeatsConsecutively() {
        List<PracticeItem> all = new ArrayList<>(List.of(QUIZ, PHRASE, PEER));
        all.addAll(Practice.recalls("ask-budget", "Does the rep ask budget?"));
        String last = null;
        for (int i = 0; i < 20; i++) {
            PracticeItem next = Practice.next(all, last, QUESTION_FIRST).orElseThrow();
            assertThat(next.id()).isNotEqualTo(last);
            assertThat(Practice.kindOf(last)).isNotEqualTo(Optional.of(next.kind()));
            last = next.id();
        }
    }

    @Test
    void quizzesAskToTellAGuidancePointFromOtherBehaviours() {
        List<PracticeItem.Quiz> quizzes = Practice.quizzes("ask-budget", "Does the rep ask about budget?",
                List.of("Ask what they have set aside.", "Ask who signs off the budget."),
                List.of("Agree a date for the next step.", "Set an agenda.", "Tie features to pains."));
        assertThat(quizzes).hasSize(2);
        PracticeItem.Quiz first = quizzes.get(0);
        assertThat(first.question()).isEqualTo("Which of these is part of how you ask about budget?");
        assertThat(first.answer()).isEqualTo("Ask what they have set aside.");
        assertThat(first.choices()).containsExactly("Agree a date for the next step.", "Ask what they have set aside.",
                "Set an agenda.", Practice.NOT_SURE);
        assertThat(quizzes.get(1).choices()).contains("Ask who signs off the budget.", "Tie features to pains.")
                .doesNotContain("Ask what they have set aside.");
        assertThat(first.id()).isNotEqualTo(quizzes.get(1).id()).startsWith("quiz:ask-budget:");
        assertThat(Practice.quizzes("a", "Does the rep a?", List.of("p"), List.of())).isEmpty();
    }

    @Test
    void aQuizAnswerIsAMemoryReview() {
        assertThat(Practice.grade("a", "a")).isEqualTo(Fsrs.Grade.GOOD);
        assertThat(Practice.grade(Practice.NOT_SURE, "a")).isEqualTo(Fsrs.Grade.HARD);
        assertThat(Practice.grade("b", "a")).isEqualTo(Fsrs.Grade.AGAIN);
    }

    @Test
    void eachKindSaysWhatToDoAndOffersItsButton() {
        NudgeActions.MomentLinks links = new NudgeActions.MomentLinks() {
            @Override
            public String callMoment(String callId, Long atMs) {
                return "https://app/calls/" + callId + "?ms=" + atMs;
            }

            @Override
            public String teammateMoment(String callId, Long atMs) {
                return "https://app/calls/" + callId + "/moment?ms=" + atMs;
            }
        };
        assertThat(PEER.instruction()).isEqualTo("Hear how a teammate did it on a call (at 1:01): “We set aside 50k”");
        assertThat(PEER.actions(links).get(0).url()).as("the exchange around the teammate's moment")
                .isEqualTo("https://app/calls/c-9/moment?ms=61000");
        assertThat(PHRASE.instruction()).isEqualTo("Try this on your next call: “What is your budget?” (an example).");
        assertThat(PHRASE.actions(links)).isEmpty();
        assertThat(QUIZ.actions(links).get(0).choices()).containsExactly("a", "b", "Not sure");
        assertThat(RECALL.actions(links).get(0).question()).contains("what words will you use to ask budget");
    }
}
