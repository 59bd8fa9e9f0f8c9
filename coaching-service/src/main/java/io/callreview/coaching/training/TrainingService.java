package io.callreview.coaching.training;

import io.callreview.coaching.audit.AuditAction;
import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.RepAnswer;
import io.callreview.coaching.domain.TrainingStatus;
import io.callreview.coaching.domain.TrainingUnit;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.path.RepPaths;
import io.callreview.coaching.rep.Access;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.coaching.skill.SkillStates;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A rep's training units: reading them, and the rep marking one done, which starts its spaced quizzes. */
@ApplicationScoped
public class TrainingService {

    @Inject
    Access access;

    @Inject
    RepDirectory reps;

    @Inject
    SkillStates skillStates;

    @Inject
    RepPaths paths;

    @Inject
    NudgePlanner nudges;

    @Inject
    TrainingViews views;

    @Inject
    CoachingConfig config;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public List<TrainingUnitView> list(String repId) {
        reps.holdForReading(repId);
        if (access.rep(repId).isEmpty()) {
            return List.of();
        }
        return TrainingUnit.forRep(repId).stream().map(this::view).toList();
    }

    /** One unit, for whoever may see its rep (the rep, their team's coaches, admins); 404 for anyone else. */
    @Transactional
    public TrainingUnitView get(String unitId) {
        TrainingUnit unit = TrainingUnit.findById(unitId);
        if (unit == null) {
            throw ApiException.notFound("training unit", unitId);
        }
        if (access.rep(unit.repId).isEmpty()) {
            throw ApiException.hidden("training unit", unitId, "a unit of a rep coaching does not know");
        }
        return view(unit);
    }

    /** Done once; marking it again changes nothing. A withdrawn unit cannot be done. */
    @Transactional
    public TrainingUnitView markDone(String unitId) {
        TrainingUnit unit = TrainingUnit.findById(unitId);
        if (unit == null) {
            throw ApiException.notFound("training unit", unitId);
        }
        if (!access.isSelf(unit.repId) && !access.user().isAdmin()) {
            throw ApiException.hidden("training unit", unitId, "another rep's training unit");
        }
        Rep rep = reps.lock(unit.repId);
        em.refresh(unit);
        if (unit.status == TrainingStatus.WITHDRAWN) {
            throw ApiException.conflict("status", "training unit '" + unitId + "' was withdrawn. " + unit.endReason);
        }
        if (unit.status == TrainingStatus.ASSIGNED) {
            Instant now = clock.instant();
            unit.status = TrainingStatus.DONE;
            unit.doneAt = now;
            unit.updatedAt = now;
            audit.record(AuditAction.TRAINING_DONE, AuditAction.TRAINING_UNIT, unit.id, AuditLog.details("repId", unit.repId,
                    "behaviourKey", unit.behaviourKey, "before", TrainingStatus.ASSIGNED.name(), "after", TrainingStatus.DONE.name()));
            em.flush();
            RepStanding standing = skillStates.recompute(rep, List.of(unit.behaviourKey));
            paths.advance(standing, List.of(unit.behaviourKey));
            nudges.refocus(standing);
        }
        return view(unit);
    }

    private TrainingUnitView view(TrainingUnit unit) {
        List<Fsrs.Grade> grades = unit.doneAt == null ? List.of()
                : RepAnswer.quizGradesSince(unit.repId, unit.behaviourKey, unit.doneAt);
        return views.unit(unit, grades, config.training().quizzesToPass());
    }
}
