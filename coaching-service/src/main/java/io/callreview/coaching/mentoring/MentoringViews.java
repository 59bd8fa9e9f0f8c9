package io.callreview.coaching.mentoring;

import io.callreview.coaching.domain.MentoringPairing;
import io.callreview.coaching.nudge.Links;
import io.callreview.coaching.rules.Figures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Maps mentoring pairings to what the API shows. */
@ApplicationScoped
public class MentoringViews {

    @Inject
    Links links;

    /** @param viewer the rep whose list it is, which decides the role shown */
    public MentoringPairingView pairing(MentoringPairing pairing, String viewer) {
        MentorMomentView example = pairing.exampleCallId == null ? null : new MentorMomentView(pairing.exampleCallId,
                pairing.exampleAtMs, pairing.exampleAtMs == null ? null : Figures.clock(pairing.exampleAtMs), pairing.exampleQuote,
                links.teammateMoment(pairing.exampleCallId, pairing.exampleAtMs));
        MentoringPairingView.Role role = pairing.mentorId.equals(viewer) ? MentoringPairingView.Role.MENTOR
                : MentoringPairingView.Role.MENTEE;
        return new MentoringPairingView(pairing.id, pairing.repId, pairing.mentorId, role, pairing.behaviourKey, pairing.callType,
                pairing.question, pairing.status, pairing.reason, example, pairing.pairedAt, pairing.metAt, pairing.metRecordedBy,
                pairing.endedAt, pairing.endReason);
    }
}
