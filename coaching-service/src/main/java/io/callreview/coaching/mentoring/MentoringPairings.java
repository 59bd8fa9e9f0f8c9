package io.callreview.coaching.mentoring;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.MentoringPairing;
import io.callreview.coaching.domain.MentoringStatus;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.nudge.Links;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.peer.MentorFinder;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.Approach;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.MentorChoice;
import io.callreview.coaching.rules.MentoringComposer;
import io.callreview.coaching.rules.PeerRanking.ExampleCall;
import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import io.callreview.coaching.rules.Texts;
import io.callreview.coaching.skill.Diagnosing;
import io.callreview.coaching.skill.RepStanding;
import io.callreview.events.NudgeRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mentoring as an action: where the diagnosis is mentoring, the rep is paired (once per behaviour) with the best peer
 * who is consciously competent and consistent at it and below the weekly cap, and both are told. A pairing not met yet
 * is withdrawn when none of the rep's calls that count grade the behaviour any more. Callers hold the rep's lock.
 */
@ApplicationScoped
public class MentoringPairings {

    private static final Duration WEEK = Duration.ofDays(7);
    static final String NO_CALLS_LEFT = "No longer needed: none of the rep's calls that count grade the behaviour.";

    @Inject
    CoachingConfig config;

    @Inject
    Clock clock;

    @Inject
    Diagnosing diagnosing;

    @Inject
    MentorFinder mentors;

    @Inject
    RepDirectory reps;

    @Inject
    NudgePlanner nudges;

    @Inject
    Links links;

    @Transactional(Transactional.TxType.MANDATORY)
    public void update(RepStanding standing) {
        Rep rep = standing.rep();
        if (rep.teamId == null) {
            return;
        }
        Instant now = clock.instant();
        standing.pairingsAsMentee().stream()
                .filter(p -> p.status == MentoringStatus.PAIRED && standing.state(p.behaviourKey).isEmpty())
                .forEach(p -> withdraw(p, now));
        Set<String> paired = standing.pairingsAsMentee().stream().filter(p -> !p.withdrawn()).map(p -> p.behaviourKey)
                .collect(Collectors.toSet());
        for (SkillState state : standing.states()) {
            if (paired.contains(state.behaviourKey)) {
                continue;
            }
            Diagnoses.Diagnosis diagnosis = diagnosing.diagnose(standing, state);
            if (diagnosis.approach() != Approach.MENTORING) {
                continue;
            }
            List<PeerRecord> ranked = mentors.ranked(rep.teamId, state.lastCallType, state.behaviourKey, standing.peers()).stream()
                    .filter(peer -> !peer.repId().equals(rep.repId)).toList();
            // asked again for each behaviour: a pairing made for the one before counts
            Map<String, Long> asked = MentoringPairing.askedSince(ranked.stream().map(PeerRecord::repId).toList(), now.minus(WEEK));
            MentorChoice.pick(ranked, asked, config.mentoring().maxPerWeek())
                    .ifPresent(peer -> pair(standing, state, diagnosis, peer, now));
        }
    }

    /** Ends a pairing the rep's calls no longer call for, and takes back both notices if they have not gone out yet. */
    private void withdraw(MentoringPairing pairing, Instant now) {
        pairing.status = MentoringStatus.WITHDRAWN;
        pairing.endedAt = now;
        pairing.endReason = NO_CALLS_LEFT;
        pairing.updatedAt = now;
        for (String party : List.of("rep", "mentor")) {
            nudges.withdrawNotice(noticeKey(pairing, party), "the mentoring pairing was withdrawn. " + NO_CALLS_LEFT);
        }
    }

    private static String noticeKey(MentoringPairing pairing, String party) {
        return "mentoring:" + pairing.id + ":" + party;
    }

    /**
     * The mentor's row is taken without waiting (another transaction may hold it while holding its own rep's): if it is
     * busy, the pairing waits for the rep's next event rather than risk a deadlock.
     */
    private void pair(RepStanding standing, SkillState state, Diagnoses.Diagnosis diagnosis, PeerRecord peer, Instant now) {
        Rep rep = standing.rep();
        Optional<Rep> mentor = reps.tryLock(peer.repId());
        if (mentor.isEmpty()) {
            return;
        }
        MentoringPairing pairing = new MentoringPairing();
        pairing.id = UUID.randomUUID().toString();
        pairing.repId = rep.repId;
        pairing.mentorId = peer.repId();
        pairing.teamId = rep.teamId;
        pairing.behaviourKey = state.behaviourKey;
        pairing.callType = state.lastCallType;
        pairing.question = state.question;
        pairing.status = MentoringStatus.PAIRED;
        pairing.reason = Texts.truncate(diagnosis.reason(), 1000);
        ExampleCall example = peer.bestExample();
        if (example != null && mentor.get().shareMoments) {
            pairing.exampleCallId = example.callId();
            pairing.exampleAtMs = example.atMs();
            pairing.exampleQuote = Texts.truncate(example.quote(), 2000);
        }
        pairing.pairedAt = now;
        pairing.updatedAt = now;
        pairing.persist();
        standing.paired(pairing);
        MentoringComposer.Pairing facts = new MentoringComposer.Pairing(pairing.repId, pairing.mentorId, pairing.behaviourKey,
                pairing.question, diagnosis.forRep(), pairing.exampleCallId, pairing.exampleAtMs, pairing.exampleQuote);
        String url = config.mentoring().url().replace("{pairingId}", pairing.id);
        nudges.notice(rep, noticeKey(pairing, "rep"), NudgeRequested.Kind.MENTORING, pairing.behaviourKey,
                pairing.callType, MentoringComposer.toRep(facts, url, links));
        nudges.notice(mentor.get(), noticeKey(pairing, "mentor"), NudgeRequested.Kind.MENTORING, pairing.behaviourKey,
                pairing.callType, MentoringComposer.toMentor(facts, url, links));
    }
}
