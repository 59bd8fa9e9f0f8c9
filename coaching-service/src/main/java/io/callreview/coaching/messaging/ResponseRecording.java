package io.callreview.coaching.messaging;

import io.callreview.coaching.domain.NudgePrompt;
import io.callreview.coaching.domain.RepAnswer;
import io.callreview.coaching.mentoring.MentoringPairings;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.path.RepPaths;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.Practice;
import io.callreview.coaching.rules.Reflections;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.coaching.skill.SkillStates;
import io.callreview.coaching.training.TrainingAssignments;
import io.callreview.events.EventEnvelope;
import io.callreview.events.NudgeRequested;
import io.callreview.events.RepResponse;
import io.callreview.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Records what a rep answered to a nudge. A self-assessment ("did you do X on that call?") compared with
 * the call's actual verdict moves the rep on the competence ladder; an acknowledgement of feedback about
 * a behaviour means they have been told it is a gap; a reflection says whether they can tell what made it work.
 * A reflection is about the behaviour its prompt asked about, which the nudge's own behaviour may not be; it is
 * graded as a memory review when it arrives.
 */
@ApplicationScoped
public class ResponseRecording {

    public static final String CONSUMER = "coaching.rep-response";

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    RepDirectory reps;

    @Inject
    SkillStates skillStates;

    @Inject
    RepPaths paths;

    @Inject
    NudgePlanner nudges;

    @Inject
    TrainingAssignments training;

    @Inject
    MentoringPairings mentoring;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public boolean apply(EventEnvelope<RepResponse> envelope) {
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return false;
        }
        RepResponse response = envelope.payload();
        Rep rep = reps.lock(response.repId());
        if (em.find(RepAnswer.class, response.responseId()) != null) {
            return false;
        }
        RepAnswer answer = new RepAnswer();
        answer.responseId = response.responseId();
        answer.nudgeId = response.nudgeId();
        answer.repId = response.repId();
        answer.behaviourKey = prompt(response).map(p -> p.behaviourKey).orElse(response.behaviourKey());
        answer.callId = response.callId();
        answer.kind = response.kind();
        answer.selfAssessment = response.selfAssessment();
        answer.choice = response.choice();
        answer.text = response.text();
        answer.grade = grade(response);
        answer.respondedAt = response.respondedAt();
        answer.receivedAt = clock.instant();
        answer.persist();
        em.flush();
        if (answer.behaviourKey != null) {
            RepStanding standing = skillStates.recompute(rep, List.of(answer.behaviourKey));
            training.update(standing);
            mentoring.update(standing);
            paths.advance(standing, List.of(answer.behaviourKey));
            nudges.refocus(standing);
        }
        return true;
    }

    /** The question the answer is to: a reflection's or a quiz's, as the nudge asked it. */
    private static Optional<NudgePrompt> prompt(RepResponse response) {
        return switch (response.kind()) {
            case REFLECTION -> NudgePrompt.of(response.nudgeId(), NudgeRequested.ActionType.REFLECTION);
            case QUIZ_ANSWER -> NudgePrompt.of(response.nudgeId(), NudgeRequested.ActionType.QUIZ);
            default -> Optional.empty();
        };
    }

    /** A reflection or quiz answer as a memory review; a quiz whose question is unknown here is not graded. */
    private static Fsrs.Grade grade(RepResponse response) {
        return switch (response.kind()) {
            case REFLECTION -> Reflections.grade(response.choice(), response.text());
            case QUIZ_ANSWER -> prompt(response).map(p -> Practice.grade(response.choice(), p.answerKey)).orElse(null);
            default -> null;
        };
    }
}
