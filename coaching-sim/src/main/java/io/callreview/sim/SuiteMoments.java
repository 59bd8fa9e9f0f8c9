package io.callreview.sim;

import io.callreview.coaching.rules.FeedbackComposer;
import io.callreview.coaching.rules.Practice;
import io.callreview.coaching.rules.PracticeItem;
import io.callreview.coaching.rules.Reflections;
import io.callreview.coaching.rules.SkillDerivation;
import io.callreview.events.RepResponse;
import io.callreview.events.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's moments with the simulated team's content: the verdicts of a call as feedback sees them, the practice
 * items a spaced moment picks from ({@link Practice#next}: never the last one, another kind when there is one), and a
 * rep's replies as the answers coaching-service records, graded by its own rules.
 */
final class SuiteMoments {

    private static final String OWN_WORDS = "I ask what budget they have set aside and by when";
    private static final String NO_IDEA = "no idea";

    private final Map<String, Behaviour> behaviours;

    SuiteMoments(Map<String, Behaviour> behaviours) {
        this.behaviours = behaviours;
    }

    List<FeedbackComposer.Outcome> outcomes(ScoredCall call) {
        List<FeedbackComposer.Outcome> outcomes = new ArrayList<>();
        call.graded().forEach((key, met) -> {
            Behaviour b = behaviours.get(key);
            outcomes.add(new FeedbackComposer.Outcome(key, b.question(), b.weight(), b.critical(), met ? Verdict.MET : Verdict.MISSED,
                    met ? "what the rep said" : null, met ? 60_000L : null, 60_000L, b.guidance()));
        });
        return outcomes;
    }

    /** The item of a spaced moment: questions only for a quiz after training; a question, a phrasing or a peer's moment otherwise. */
    Ask pick(SuiteBook book, String key, boolean quiz) {
        List<PracticeItem.Kind> kinds = quiz ? List.of(PracticeItem.Kind.QUESTION)
                : List.of(PracticeItem.Kind.QUESTION, PracticeItem.Kind.PHRASING, PracticeItem.Kind.PEER_MOMENT);
        List<PracticeItem> candidates = candidates(key).stream().filter(item -> kinds.contains(item.kind())).toList();
        PracticeItem item = Practice.next(candidates, book.lastItem.get(key), kinds).orElseThrow();
        book.lastItem.put(key, item.id());
        return item.kind() == PracticeItem.Kind.QUESTION ? Ask.question(key, item) : new Ask(Ask.Type.READ, key, item, null);
    }

    private List<PracticeItem> candidates(String key) {
        Behaviour behaviour = behaviours.get(key);
        List<String> others = behaviours.values().stream().filter(b -> !b.key().equals(key)).flatMap(b -> b.points().stream()).toList();
        List<PracticeItem> items = new ArrayList<>(Practice.quizzes(key, behaviour.question(), behaviour.points(), others));
        items.addAll(Practice.recalls(key, behaviour.question()));
        String words = behaviour.points().get(0);
        items.add(new PracticeItem.Phrasing(Practice.phrasingId(words), words, "example", null, null));
        items.add(new PracticeItem.PeerMoment(Practice.peerMomentId("peer-call-" + key), "rep-peer", "peer-call-" + key, 60_000L,
                "what the teammate said"));
        return items;
    }

    /** What coaching-service records of a reply, graded as it grades them; nothing for reading. */
    Optional<SkillDerivation.Answer> answer(Reply reply, Behaviour behaviour) {
        Ask ask = reply.ask();
        return switch (ask.type()) {
            case SELF_ASSESSMENT -> Optional.of(new SkillDerivation.Answer(reply.at(), RepResponse.Kind.SELF_ASSESSMENT,
                    reply.right() ? RepResponse.SelfAssessment.YES : RepResponse.SelfAssessment.NO, null, ask.callId()));
            case REFLECTION -> Optional.of(new SkillDerivation.Answer(reply.at(), RepResponse.Kind.REFLECTION, null,
                    Reflections.grade(reply.right() ? behaviour.points().get(0) : Reflections.NOT_SURE, null), ask.callId()));
            case QUESTION -> Optional.of(question(reply, ask.item()));
            case READ, TRAINING -> Optional.empty();
        };
    }

    private static SkillDerivation.Answer question(Reply reply, PracticeItem item) {
        if (item instanceof PracticeItem.Quiz quiz) {
            String choice = reply.right() ? quiz.answer() : quiz.choices().stream()
                    .filter(c -> !c.equals(quiz.answer()) && !c.equals(Practice.NOT_SURE)).findFirst().orElse(Practice.NOT_SURE);
            return new SkillDerivation.Answer(reply.at(), RepResponse.Kind.QUIZ_ANSWER, null, Practice.grade(choice, quiz.answer()), null);
        }
        return new SkillDerivation.Answer(reply.at(), RepResponse.Kind.REFLECTION, null,
                Reflections.grade(null, reply.right() ? OWN_WORDS : NO_IDEA), null);
    }
}
