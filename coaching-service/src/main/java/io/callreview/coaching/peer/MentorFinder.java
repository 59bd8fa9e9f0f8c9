package io.callreview.coaching.peer;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rules.PeerRanking.ExampleCall;
import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import io.callreview.coaching.rules.PeerRanking;
import io.callreview.coaching.rules.Stage;
import io.callreview.events.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the peers of a team (its members now) who consistently excel at a behaviour on a call type and are consciously
 * competent at it (a high adherence alone could be a rep who cannot say how they do it, and so cannot show it), judged
 * on the calls they made in the team, each with their best example call: met, with an evidence quote, on the
 * best-scored (then latest) call.
 */
@ApplicationScoped
public class MentorFinder {

    @Inject
    CoachingConfig config;

    @Inject
    PeerRanking ranking;

    @Inject
    Clock clock;

    /** A per-request memo: a team view asks the same question for many reps. */
    public static final class Memo {
        private final Map<String, List<PeerRecord>> peers = new HashMap<>();
    }

    /** A question about peers: who of a team excels at a behaviour on a call type. */
    public record Topic(String teamId, String callType, String behaviourKey) {

        String key() {
            return teamId + "\u0000" + callType + "\u0000" + behaviourKey;
        }
    }

    public Optional<PeerRecord> bestFor(String repId, String teamId, String callType, String behaviourKey, Memo memo) {
        return ranking.mentorsFor(repId, candidates(new Topic(teamId, callType, behaviourKey), memo)).stream().findFirst();
    }

    public List<PeerRecord> ranked(String teamId, String callType, String behaviourKey, Memo memo) {
        return ranking.mentorsFor(null, candidates(new Topic(teamId, callType, behaviourKey), memo));
    }

    /**
     * Reads the peers of several topics the memo does not hold yet, one statement per team, where asking
     * {@link #bestFor} about each would read them one statement per topic.
     */
    public void preload(Collection<Topic> topics, Memo memo) {
        Map<String, List<Topic>> byTeam = new TreeMap<>();
        topics.stream().filter(t -> t.teamId() != null && !memo.peers.containsKey(t.key())).distinct()
                .forEach(t -> byTeam.computeIfAbsent(t.teamId(), k -> new ArrayList<>()).add(t));
        byTeam.forEach((teamId, asked) -> memo.peers.putAll(load(teamId, asked)));
    }

    private List<PeerRecord> candidates(Topic topic, Memo memo) {
        if (topic.teamId() == null) {
            return List.of();
        }
        return memo.peers.computeIfAbsent(topic.key(), k -> load(topic.teamId(), List.of(topic)).get(k));
    }

    /** A peer's decided verdict, with the overall score of its call (null when the call has none). */
    private record PeerVerdict(String repId, String callId, String callType, Instant callStartedAt, boolean met,
                               String evidenceQuote, Long evidenceAtMs, Double callScore) {
    }

    /** The peer records of each topic (all of one team), by topic key; a topic without peers has an empty list. */
    private Map<String, List<PeerRecord>> load(String teamId, List<Topic> topics) {
        Instant since = clock.instant().minus(config.diagnosis().peerLookback());
        Map<String, Map<String, List<PeerVerdict>>> byTopic = new HashMap<>();
        topics.forEach(topic -> byTopic.put(topic.key(), new LinkedHashMap<>()));
        List<String> behaviours = topics.stream().map(Topic::behaviourKey).distinct().toList();
        // each scored call asks this for the whole team, so it reads what does not grow with the team's history: the
        // team's reps at the target first (a few skill states), then only their verdicts of the look-back, with their
        // call's score and without loading them as entities; a call type and behaviour that were not asked about
        // together are read and left
        Set<List<String>> atTarget = new HashSet<>();
        SkillState.getEntityManager().createQuery("SELECT s.repId, s.behaviourKey FROM SkillState s WHERE s.teamId = ?1"
                        + " AND s.behaviourKey IN ?2 AND s.consistent = true AND s.stage = ?3", Object[].class)
                .setParameter(1, teamId)
                .setParameter(2, behaviours)
                .setParameter(3, Stage.CONSCIOUSLY_COMPETENT)
                .getResultStream()
                .forEach(row -> atTarget.add(List.of((String) row[0], (String) row[1])));
        if (!atTarget.isEmpty()) {
            CallVerdict.getEntityManager().createQuery("SELECT v.repId, v.callId, v.callType, v.callStartedAt, v.verdict,"
                            + " v.evidenceQuote, v.evidenceAtMs, c.overallScore, v.behaviourKey FROM CallVerdict v"
                            + " LEFT JOIN ScoredCall c ON c.callId = v.callId"
                            + " WHERE v.repId IN ?1 AND v.behaviourKey IN ?2 AND v.callStartedAt >= ?3 AND v.teamId = ?4"
                            + " AND v.callType IN ?5 AND v.verdict IN ?6 ORDER BY v.repId, v.callStartedAt, v.callId",
                            Object[].class)
                    .setParameter(1, atTarget.stream().map(pair -> pair.get(0)).distinct().toList())
                    .setParameter(2, behaviours)
                    .setParameter(3, since)
                    .setParameter(4, teamId)
                    .setParameter(5, topics.stream().map(Topic::callType).distinct().toList())
                    .setParameter(6, List.of(Verdict.MET, Verdict.MISSED))
                    .getResultStream()
                    .filter(row -> atTarget.contains(List.of((String) row[0], (String) row[8])))
                    .forEach(row -> {
                        Map<String, List<PeerVerdict>> byRep = byTopic.get(new Topic(teamId, (String) row[2], (String) row[8]).key());
                        if (byRep != null) {
                            byRep.computeIfAbsent((String) row[0], r -> new ArrayList<>()).add(new PeerVerdict((String) row[0],
                                    (String) row[1], (String) row[2], (Instant) row[3], row[4] == Verdict.MET, (String) row[5],
                                    (Long) row[6], (Double) row[7]));
                        }
                    });
        }
        int window = config.competence().recentWindow();
        Map<String, List<PeerRecord>> records = new HashMap<>();
        byTopic.forEach((key, byRep) -> records.put(key, byRep.entrySet().stream().map(peer -> {
            List<PeerVerdict> verdicts = peer.getValue();
            List<PeerVerdict> recent = verdicts.subList(Math.max(0, verdicts.size() - window), verdicts.size());
            int met = (int) recent.stream().filter(PeerVerdict::met).count();
            return new PeerRecord(peer.getKey(), recent.size(), met, bestExample(verdicts));
        }).toList()));
        return records;
    }

    /** Met, with a quote, on the best-scored call (a call without a score counts as the worst), then the latest. */
    private static ExampleCall bestExample(List<PeerVerdict> verdicts) {
        return verdicts.stream()
                .filter(v -> v.met() && v.evidenceQuote() != null)
                .max(Comparator.comparingDouble((PeerVerdict v) -> v.callScore() == null ? -1 : v.callScore())
                        .thenComparing(PeerVerdict::callStartedAt)
                        .thenComparing(PeerVerdict::callId))
                .map(v -> new ExampleCall(v.callId(), v.callType(), v.callStartedAt(), v.callScore(), v.evidenceQuote(),
                        v.evidenceAtMs()))
                .orElse(null);
    }
}
