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
        // narrow rows, not entities: up to 50 verdicts are read for a few fields each
        List<Object[]> shown = CallVerdict.getEntityManager().createQuery("SELECT v.repId, v.callId, v.evidenceAtMs,"
                        + " v.evidenceQuote FROM CallVerdict v, Rep r"
                        + " WHERE r.repId = v.repId AND r.shareMoments = true AND r.teamId = ?1 AND v.teamId = ?1"
                        + " AND v.behaviourKey = ?2 AND v.verdict = ?3 AND v.evidenceQuote IS NOT NULL AND v.repId <> ?4"
                        + " AND v.callStartedAt >= ?5 ORDER BY v.callStartedAt DESC, v.callId DESC", Object[].class)
                .setParameter(1, teamId)
                .setParameter(2, behaviourKey)
                .setParameter(3, Verdict.MET)
                .setParameter(4, repId)
                .setParameter(5, clock.instant().minus(config.diagnosis().peerLookback()))
                .setMaxResults(50)
                .getResultList();
        Map<String, PeerMoment> latestPerPeer = new LinkedHashMap<>();
        for (Object[] v : shown) {
            String callId = (String) v[1];
            latestPerPeer.putIfAbsent((String) v[0], new PeerMoment(Practice.peerMomentId(callId), (String) v[0], callId,
                    (Long) v[2], (String) v[3]));
        }
        return latestPerPeer.values().stream().limit(limit).toList();
    }
}
