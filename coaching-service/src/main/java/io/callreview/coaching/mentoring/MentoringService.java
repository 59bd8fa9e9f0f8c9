package io.callreview.coaching.mentoring;

import io.callreview.coaching.audit.AuditAction;
import io.callreview.coaching.domain.MentoringPairing;
import io.callreview.coaching.domain.MentoringStatus;
import io.callreview.coaching.path.RepPaths;
import io.callreview.coaching.rep.Access;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
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

/** A rep's mentoring pairings, as mentee and as mentor, and either side recording that they met. */
@ApplicationScoped
public class MentoringService {

    @Inject
    Access access;

    @Inject
    RepDirectory reps;

    @Inject
    RepPaths paths;

    @Inject
    SkillStates skillStates;

    @Inject
    MentoringViews views;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public List<MentoringPairingView> list(String repId) {
        reps.holdForReading(repId);
        if (access.rep(repId).isEmpty()) {
            return List.of();
        }
        return MentoringPairing.involving(repId).stream().map(p -> views.pairing(p, repId)).toList();
    }

    /** The first record counts; recording it again changes nothing. */
    @Transactional
    public MentoringPairingView met(String pairingId) {
        MentoringPairing pairing = MentoringPairing.findById(pairingId);
        String caller = access.user().id();
        boolean party = pairing != null && (access.isSelf(pairing.repId) || access.isSelf(pairing.mentorId));
        if (pairing == null) {
            throw ApiException.notFound("mentoring pairing", pairingId);
        }
        if (!party && !access.user().isAdmin()) {
            throw ApiException.hidden("mentoring pairing", pairingId, "neither the mentee nor the mentor");
        }
        Rep rep = reps.lock(pairing.repId);
        em.refresh(pairing);
        if (pairing.status == MentoringStatus.PAIRED) {
            Instant now = clock.instant();
            pairing.status = MentoringStatus.MET;
            pairing.metAt = now;
            pairing.metRecordedBy = caller;
            pairing.updatedAt = now;
            paths.advance(skillStates.standing(rep), List.of(pairing.behaviourKey));
            audit.record(AuditAction.MENTORING_MEETING_RECORDED, AuditAction.MENTORING_PAIRING, pairing.id,
                    AuditLog.details("repId", pairing.repId, "mentorId", pairing.mentorId, "behaviourKey", pairing.behaviourKey,
                            "before", MentoringStatus.PAIRED.name(), "after", MentoringStatus.MET.name()));
        }
        return views.pairing(pairing, party ? caller : pairing.repId);
    }
}
