package io.callreview.coaching.rules;

import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who mentors a rep at a behaviour: the best-ranked peer who has not been asked to mentor as often as the weekly cap allows. */
public final class MentorChoice {

    private MentorChoice() {
    }

    /**
     * @param ranked         peers who excel at the behaviour and are consciously competent at it, best first
     * @param askedThisWeek  pairings each peer was asked into over the last seven days
     * @param maxPerWeek     the weekly cap per mentor
     */
    public static Optional<PeerRecord> pick(List<PeerRecord> ranked, Map<String, Long> askedThisWeek,
                                            int maxPerWeek) {
        return ranked.stream()
                .filter(peer -> askedThisWeek.getOrDefault(peer.repId(), 0L) < maxPerWeek)
                .findFirst();
    }
}
