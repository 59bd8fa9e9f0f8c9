package io.callreview.coaching.training;

import io.callreview.coaching.domain.TrainingUnit;
import io.callreview.coaching.nudge.Links;
import io.callreview.coaching.rules.Figures;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.Training;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Maps training units, with the quiz grades loaded for them, to what the API shows. */
@ApplicationScoped
public class TrainingViews {

    @Inject
    Links links;

    /**
     * @param quizGrades the grades of the quizzes answered since the unit was done, oldest first
     * @param toPass     right answers in a row that pass it
     */
    public TrainingUnitView unit(TrainingUnit unit, List<Fsrs.Grade> quizGrades, int toPass) {
        List<TrainingMomentView> moments = unit.peerMoments.stream()
                .map(m -> new TrainingMomentView(m.callId(), m.atMs(), m.atMs() == null ? null : Figures.clock(m.atMs()), m.quote(), links.teammateMoment(m.callId(), m.atMs())))
                .toList();
        return new TrainingUnitView(unit.id, unit.repId, unit.behaviourKey, unit.callType, unit.question, unit.status, unit.reason,
                unit.guidance, unit.guidancePoints, unit.examples, moments, unit.assignedAt, unit.doneAt, unit.endedAt, unit.endReason,
                new QuizProgressView(quizGrades.size(), Training.rightInARow(quizGrades), toPass));
    }
}
