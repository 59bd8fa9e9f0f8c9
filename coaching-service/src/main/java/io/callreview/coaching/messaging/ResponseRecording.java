package io.callreview.coaching.messaging;

import io.callreview.coaching.domain.RepAnswer;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.skill.SkillStates;
import io.callreview.events.EventEnvelope;
import io.callreview.events.RepResponse;
import io.callreview.platform.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Records what a rep answered to a nudge. A self-assessment ("did you do X on that call?") compared with
 * the call's actual verdict moves the rep on the competence ladder; an acknowledgement of feedback about
 * a behaviour means they have been told it is a gap.
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
    NudgePlanner nudges;

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
        answer.behaviourKey = response.behaviourKey();
        answer.callId = response.callId();
        answer.kind = response.kind();
        answer.selfAssessment = response.selfAssessment();
        answer.respondedAt = response.respondedAt();
        answer.receivedAt = clock.instant();
        answer.persist();
        em.flush();
        if (response.behaviourKey() != null) {
            skillStates.recompute(rep, List.of(response.behaviourKey()));
            nudges.refocus(rep);
        }
        return true;
    }
}
