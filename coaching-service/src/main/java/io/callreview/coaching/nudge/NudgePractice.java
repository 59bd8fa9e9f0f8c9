package io.callreview.coaching.nudge;

import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.practice.PracticeMenu;
import io.callreview.coaching.rules.Practice;
import io.callreview.coaching.rules.PracticeItem;
import io.callreview.events.NudgeRequested.ActionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Picks the concrete thing a nudge gives the rep to do, and records it on the nudge with what it asks. */
@ApplicationScoped
class NudgePractice {

    /** Before the rep's next calls, retrieval first: answering a question strengthens memory most. */
    static final List<PracticeItem.Kind> REINFORCEMENT = List.of(PracticeItem.Kind.QUESTION, PracticeItem.Kind.PHRASING,
            PracticeItem.Kind.PEER_MOMENT);
    /** Just before a call, something to say. */
    static final List<PracticeItem.Kind> PRE_CALL = List.of(PracticeItem.Kind.PHRASING, PracticeItem.Kind.PEER_MOMENT,
            PracticeItem.Kind.QUESTION);
    /** After a training unit, questions only. */
    static final List<PracticeItem.Kind> QUIZ = List.of(PracticeItem.Kind.QUESTION);

    @Inject
    PracticeMenu menu;

    /**
     * An item of the given kinds (in order of preference), not the one the latest other nudge about the behaviour gave.
     *
     * @param rewritten the nudge being planned again, if any: its own item does not count as the last one
     */
    PracticeItem pick(SkillState state, ZoneId zone, Optional<ScheduledNudge> rewritten, List<PracticeItem.Kind> kinds) {
        String last = ScheduledNudge.lastPracticeItem(state.repId, state.behaviourKey, rewritten.map(n -> n.nudgeId).orElse(null))
                .orElse(null);
        List<PracticeItem> candidates = menu.candidates(state, zone).stream().filter(item -> kinds.contains(item.kind())).toList();
        return Practice.next(candidates, last, kinds).orElseThrow();
    }

    /** Records what a nudge gives the rep to do, and what it asks: a quiz with its answer key, an open question. */
    static void offer(ScheduledNudge nudge, String behaviourKey, PracticeItem item, Instant now) {
        nudge.practiceItem = item.id();
        if (item instanceof PracticeItem.Quiz quiz) {
            nudge.ask(ActionType.QUIZ, behaviourKey, quiz.id(), quiz.answer(), now);
        } else if (item instanceof PracticeItem.Recall recall) {
            nudge.ask(ActionType.REFLECTION, behaviourKey, recall.id(), null, now);
        }
    }
}
