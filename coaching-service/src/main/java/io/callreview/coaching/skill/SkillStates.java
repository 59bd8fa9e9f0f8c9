package io.callreview.coaching.skill;

import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.RepAnswer;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.domain.TrainingRecord;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.SkillDerivation;
import io.callreview.coaching.rules.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives a rep's skill state at a behaviour from the stored history: a coach's revision that replaces an automatic
 * grade, or a call or answer that arrives out of order, then changes the state exactly as if the history had always
 * been what it is now. Only a call later than everything before it extends the state instead, to the same result.
 * Nothing is counted twice. Two signals stay apart: the calls say whether the rep does it, the answers what they know;
 * both are memory reviews.
 */
@ApplicationScoped
public class SkillStates {

    @Inject
    SkillDerivation derivation;

    @Inject
    Clock clock;

    /**
     * Recomputes the given behaviours of a locked rep and returns their standing afterwards (all their skill states).
     * The histories, answers and completed units of all the behaviours are read at once, one statement each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RepStanding recompute(Rep rep, Collection<String> behaviourKeys) {
        List<String> keys = behaviourKeys.stream().sorted().distinct().toList();
        Map<String, SkillState> states = statesOf(rep);
        TrainingRecord training = TrainingRecord.of(rep.repId);
        recompute(rep, keys, states, answersByBehaviour(rep, keys), training.completions(keys));
        return new RepStanding(rep, states.values(), training);
    }

    /** Recomputes the behaviours into {@code states}, from their histories and the answers and completions already read. */
    private void recompute(Rep rep, List<String> keys, Map<String, SkillState> states, Map<String, List<RepAnswer>> answers,
                           Map<String, List<Instant>> completions) {
        Map<String, List<CallVerdict.Graded>> histories = CallVerdict.histories(rep.repId, keys);
        for (String key : keys) {
            recompute(rep, key, Optional.ofNullable(states.get(key)), histories.getOrDefault(key, List.of()),
                    answers.getOrDefault(key, List.of()), completions.getOrDefault(key, List.of()))
                    .ifPresentOrElse(state -> states.put(key, state), () -> states.remove(key));
        }
    }

    /**
     * After a new call of a locked rep that started after all their earlier calls: the same as {@link #recompute} of the
     * call's behaviours, but it reads only their latest verdicts, not the whole history, so a scored call costs the
     * same after a year of calls as after ten. A behaviour without a skill state yet, or whose latest review is not
     * before the call, is recomputed. FSRS weights changed in the configuration apply to reviews from then on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RepStanding extendByLatestCall(Rep rep, List<CallVerdict> callVerdicts) {
        Map<String, SkillState> states = statesOf(rep);
        List<String> keys = callVerdicts.stream().map(v -> v.behaviourKey).sorted().distinct().toList();
        Map<String, List<RepAnswer>> answers = answersByBehaviour(rep, keys);
        Set<String> answeredCalls = answers.values().stream().flatMap(List::stream)
                .map(a -> a.callId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, List<CallVerdict.Graded>> tails = CallVerdict.latestDecided(rep.repId, keys, derivation.recentWindow(),
                answeredCalls);
        TrainingRecord training = TrainingRecord.of(rep.repId);
        Map<String, List<Instant>> completions = training.completions(keys);
        List<String> toRecompute = new ArrayList<>();
        for (CallVerdict verdict : callVerdicts) {
            SkillState state = states.get(verdict.behaviourKey);
            List<CallVerdict.Graded> tail = tails.getOrDefault(verdict.behaviourKey, List.of());
            Optional<CallVerdict.Graded> latest = verdict.verdict.isDecided() ? lastOf(tail, verdict.callId) : Optional.empty();
            boolean extendable = state != null && (!verdict.verdict.isDecided()
                    || latest.filter(v -> v.callStartedAt().isAfter(state.lastReviewAt)).isPresent());
            if (!extendable) {
                toRecompute.add(verdict.behaviourKey);
                continue;
            }
            SkillDerivation.Skill skill = derivation.extend(
                    new SkillDerivation.Progress(state.reviews, state.met, new Fsrs.MemoryState(state.stability, state.difficulty),
                            state.lastReviewAt),
                    latest.map(SkillStates::observation), tail.stream().map(SkillStates::observation).toList(),
                    skillAnswers(answers.getOrDefault(verdict.behaviourKey, List.of())),
                    completions.getOrDefault(verdict.behaviourKey, List.of()));
            fill(state, rep, verdict.graded(), latest.orElse(null), skill);
        }
        if (!toRecompute.isEmpty()) {
            recompute(rep, toRecompute, states, answers, completions);
        }
        return new RepStanding(rep, states.values(), training);
    }

    /** A locked rep's standing as their skill states are, for steps that follow a change that left them as they were. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RepStanding standing(Rep rep) {
        return new RepStanding(rep, SkillState.forRep(rep.repId), null);
    }

    private Optional<SkillState> recompute(Rep rep, String behaviourKey, Optional<SkillState> existing,
                                           List<CallVerdict.Graded> history, List<RepAnswer> answers, List<Instant> trainingDone) {
        List<CallVerdict.Graded> decided = history.stream().filter(v -> v.verdict().isDecided()).toList();
        if (decided.isEmpty()) {
            existing.ifPresent(SkillState::delete);
            return Optional.empty();
        }
        SkillState state = existing.orElseGet(() -> {
            SkillState created = new SkillState();
            created.repId = rep.repId;
            created.behaviourKey = behaviourKey;
            return created;
        });
        CallVerdict.Graded latest = history.get(history.size() - 1);
        SkillDerivation.Skill skill = derivation.derive(decided.stream().map(SkillStates::observation).toList(),
                skillAnswers(answers), trainingDone);
        fill(state, rep, latest, decided.get(decided.size() - 1), skill);
        if (existing.isEmpty()) {
            state.persist();
        }
        return Optional.of(state);
    }

    /** The scorecard's words come from the latest verdict, the last verdict from the latest decided one (null: as it was). */
    private void fill(SkillState state, Rep rep, CallVerdict.Graded latest, CallVerdict.Graded lastDecided,
                      SkillDerivation.Skill skill) {
        state.teamId = rep.teamId != null ? rep.teamId : latest.teamId();
        state.question = latest.question();
        state.category = latest.category();
        state.weight = latest.weight();
        if (lastDecided != null) {
            state.lastVerdict = lastDecided.verdict();
            state.lastCallType = lastDecided.callType();
        }
        state.reviews = skill.reviews();
        state.met = skill.met();
        state.missed = state.reviews - state.met;
        state.recentReviews = skill.recentReviews();
        state.recentMet = skill.recentMet();
        state.stability = skill.memory().stability();
        state.difficulty = skill.memory().difficulty();
        state.lastReviewAt = skill.lastReviewAt();
        state.stage = skill.assessment().stage();
        state.consistent = skill.assessment().consistent();
        state.stageBasis = Texts.truncate(skill.assessment().basis(), 1000);
        state.gapAcknowledged = skill.gapAcknowledged();
        state.updatedAt = clock.instant();
    }

    private static Map<String, SkillState> statesOf(Rep rep) {
        Map<String, SkillState> states = new HashMap<>();
        SkillState.forRep(rep.repId).forEach(state -> states.put(state.behaviourKey, state));
        return states;
    }

    private static Map<String, List<RepAnswer>> answersByBehaviour(Rep rep, List<String> keys) {
        Map<String, List<RepAnswer>> answers = new HashMap<>();
        RepAnswer.aboutAny(rep.repId, keys).forEach(a -> answers.computeIfAbsent(a.behaviourKey, k -> new ArrayList<>()).add(a));
        return answers;
    }

    private static List<SkillDerivation.Answer> skillAnswers(List<RepAnswer> answers) {
        return answers.stream()
                .map(a -> new SkillDerivation.Answer(a.respondedAt, a.kind, a.selfAssessment, a.grade, a.callId)).toList();
    }

    private static Observation observation(CallVerdict.Graded verdict) {
        return new Observation(verdict.callId(), verdict.callStartedAt(), verdict.met());
    }

    /** The tail's last verdict when it is the call's. */
    private static Optional<CallVerdict.Graded> lastOf(List<CallVerdict.Graded> tail, String callId) {
        return tail.isEmpty() || !tail.get(tail.size() - 1).callId().equals(callId) ? Optional.empty()
                : Optional.of(tail.get(tail.size() - 1));
    }
}
