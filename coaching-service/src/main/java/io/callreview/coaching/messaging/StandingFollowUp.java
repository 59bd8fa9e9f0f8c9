package io.callreview.coaching.messaging;

import io.callreview.coaching.mentoring.MentoringPairings;
import io.callreview.coaching.path.RepPaths;
import io.callreview.coaching.skill.FocusPolicy;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.coaching.training.TrainingAssignments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * What follows when a rep's history of verdicts changed (a call scored, revised, moved to another rep or set aside):
 * the focus, the training units, the mentoring pairings and the paths follow the new standing, so that a unit or a
 * pairing that only the old history justified is withdrawn. Callers hold the rep's lock.
 */
@ApplicationScoped
class StandingFollowUp {

    @Inject
    FocusPolicy focus;

    @Inject
    TrainingAssignments training;

    @Inject
    MentoringPairings mentoring;

    @Inject
    RepPaths paths;

    @Transactional(Transactional.TxType.MANDATORY)
    void follow(RepStanding standing, Collection<String> changedBehaviours) {
        focus.refresh(standing);
        training.update(standing);
        mentoring.update(standing);
        paths.advance(standing, changedBehaviours);
    }
}
