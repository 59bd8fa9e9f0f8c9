package io.callreview.coaching.peer;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.ScoredCall;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rules.PeerRanking.ExampleCall;
import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import io.callreview.coaching.rules.PeerRanking;
import io.callreview.coaching.rules.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the peers of a team who consistently excel at a behaviour on a call type and are consciously competent at it
 * (a high adherence alone could be a rep who cannot say how they do it, and so cannot show it), each with their best
 * example call: met, with an evidence quote, on the best-scored (then latest) call.
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
        private final Map<String, List<PeerRecord>> peers = new java.util.HashMap<>();
    }

    public Optional<PeerRecord> bestFor(String repId, String teamId, String callType, String behaviourKey, Memo memo) {
        return ranking.mentorsFor(repId, candidates(teamId, callType, behaviourKey, memo)).stream().findFirst();
    }

    public List<PeerRecord> ranked(String teamId, String callType, String behaviourKey, Memo memo) {
        return ranking.mentorsFor(null, candidates(teamId, callType, behaviourKey, memo));
    }

    private List<PeerRecord> candidates(String teamId, String callType, String behaviourKey, Memo memo) {
        if (teamId == null) {
            return List.of();
        }
        return memo.peers.computeIfAbsent(teamId + "\u0000" + callType + "\u0000" + behaviourKey,
                k -> load(teamId, callType, behaviourKey));
    }

    private List<PeerRecord> load(String teamId, String callType, String behaviourKey) {
        Instant since = clock.instant().minus(config.diagnosis().peerLookback());
        // who is at target first: only their verdicts are loaded (each scored call asks this for the whole team)
        List<String> reps = CallVerdict.teamDecidedReps(teamId, callType, behaviourKey, since);
        Set<String> atTarget = reps.isEmpty() ? Set.of() : SkillState.<SkillState>list(
                        "behaviourKey = ?1 AND repId IN ?2 AND consistent = true AND stage = ?3", behaviourKey,
                        reps, Stage.CONSCIOUSLY_COMPETENT)
                .stream().map(state -> state.repId).collect(Collectors.toSet());
        Map<String, List<CallVerdict>> byRep = new LinkedHashMap<>();
        if (!atTarget.isEmpty()) {
            for (CallVerdict v : CallVerdict.teamDecided(teamId, callType, behaviourKey, since, atTarget)) {
                byRep.computeIfAbsent(v.repId, r -> new ArrayList<>()).add(v);
            }
        }
        int window = config.competence().recentWindow();
        List<PeerRecord> records = new ArrayList<>();
        byRep.forEach((repId, verdicts) -> {
            List<CallVerdict> recent = verdicts.subList(Math.max(0, verdicts.size() - window), verdicts.size());
            int met = (int) recent.stream().filter(CallVerdict::met).count();
            records.add(new PeerRecord(repId, recent.size(), met, bestExample(verdicts)));
        });
        return records;
    }

    private static ExampleCall bestExample(List<CallVerdict> verdicts) {
        List<CallVerdict> shown = verdicts.stream().filter(v -> v.met() && v.evidenceQuote != null).toList();
        if (shown.isEmpty()) {
            return null;
        }
        Map<String, ScoredCall> calls = new java.util.HashMap<>();
        ScoredCall.<ScoredCall>list("callId IN ?1", shown.stream().map(v -> v.callId).toList())
                .forEach(c -> calls.put(c.callId, c));
        return shown.stream()
                .max(Comparator.comparing((CallVerdict v) -> score(calls.get(v.callId)))
                        .thenComparing(v -> v.callStartedAt)
                        .thenComparing(v -> v.callId))
                .map(v -> new ExampleCall(v.callId, v.callType, v.callStartedAt,
                        calls.containsKey(v.callId) ? calls.get(v.callId).overallScore : null, v.evidenceQuote, v.evidenceAtMs))
                .orElse(null);
    }

    private static double score(ScoredCall call) {
        return call == null || call.overallScore == null ? -1 : call.overallScore;
    }
}
