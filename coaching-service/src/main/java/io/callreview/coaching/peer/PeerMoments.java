package io.callreview.coaching.peer;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.rules.Practice;
import io.callreview.coaching.rules.PracticeItem.PeerMoment;
import io.callreview.events.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moments of teammates' calls where they did a behaviour well, with their words and where in the call. Only what the
 * rep may hear: teammates of the rep's own team who share their moments, never the rep themself, within the peer
 * look-back.
 */
@ApplicationScoped
public class PeerMoments {

    @Inject
    CoachingConfig config;

    @Inject
    Clock clock;

    /** At most {@code limit} moments, one per teammate, each their latest, the latest first. */
    public List<PeerMoment> forRep(String repId, String teamId, String behaviourKey, int limit) {
        if (teamId == null) {
            return List.of();
        }
        List<CallVerdict> shown = CallVerdict.getEntityManager().createQuery("SELECT v FROM CallVerdict v, Rep r"
                        + " WHERE r.repId = v.repId AND r.shareMoments = true AND r.teamId = ?1 AND v.teamId = ?1"
                        + " AND v.behaviourKey = ?2 AND v.verdict = ?3 AND v.evidenceQuote IS NOT NULL AND v.repId <> ?4"
                        + " AND v.callStartedAt >= ?5 ORDER BY v.callStartedAt DESC, v.callId", CallVerdict.class)
                .setParameter(1, teamId)
                .setParameter(2, behaviourKey)
                .setParameter(3, Verdict.MET)
                .setParameter(4, repId)
                .setParameter(5, clock.instant().minus(config.diagnosis().peerLookback()))
                .setMaxResults(50)
                .getResultList();
        Map<String, PeerMoment> latestPerPeer = new LinkedHashMap<>();
        for (CallVerdict v : shown) {
            latestPerPeer.putIfAbsent(v.repId, new PeerMoment(Practice.peerMomentId(v.callId), v.repId, v.callId,
                    v.evidenceAtMs, v.evidenceQuote));
        }
        return latestPerPeer.values().stream().limit(limit).toList();
    }
}
