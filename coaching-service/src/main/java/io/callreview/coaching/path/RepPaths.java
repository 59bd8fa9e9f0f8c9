package io.callreview.coaching.path;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.MentoringPairing;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.domain.TrainingRecord;
import io.callreview.coaching.rules.Approach;
import io.callreview.coaching.rules.PhasePath;
import io.callreview.coaching.rules.Texts;
import io.callreview.coaching.skill.Diagnosing;
import io.callreview.coaching.skill.RepStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Keeps every rep's path per behaviour: starts it in training, and after each change to what is known about the rep
 * (a scored call, an answer, a training unit done, a mentoring meeting) makes the moves {@link PhasePath} calls for,
 * each recorded with its reason.
 */
@ApplicationScoped
public class RepPaths {

    /** More moves than this in one step would mean the rules contradict each other. */
    private static final int MAX_MOVES_AT_ONCE = 4;

    @Inject
    PhasePath rules;

    @Inject
    Diagnosing diagnosing;

    @Inject
    CoachingConfig config;

    @Inject
    Clock clock;

    /** The rep's path at a behaviour: where they are, how they got there and what comes next. */
    public record Path(BehaviourPath current, List<PhaseMove> moves, PhasePath.Outlook outlook) {
    }

    /**
     * Advances the path of a locked rep at the given behaviours (each needs a skill state to have a path), with the
     * diagnoses of the standing: a step of the same event that diagnosed the behaviour already is not repeated.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(RepStanding standing, Collection<String> behaviourKeys) {
        List<String> keys = behaviourKeys.stream().sorted().distinct().filter(key -> standing.state(key).isPresent()).toList();
        if (keys.isEmpty()) {
            return;
        }
        Map<String, BehaviourPath> paths = BehaviourPath.forRep(standing.repId()).stream()
                .collect(Collectors.toMap(p -> p.behaviourKey, p -> p));
        Actions actions = new Actions(standing.training().completions(keys), standing.pairingsAsMentee());
        for (String key : keys) {
            SkillState state = standing.state(key).orElseThrow();
            advance(paths.get(key), state, actions, () -> diagnosing.diagnose(standing, state).approach());
        }
    }

    /** The rep's paths by behaviour. */
    public Map<String, Path> of(String repId) {
        Map<String, List<PhaseMove>> moves = PhaseMove.forRep(repId).stream()
                .collect(Collectors.groupingBy(m -> m.behaviourKey));
        Map<String, SkillState> states = SkillState.forRep(repId).stream()
                .collect(Collectors.toMap(s -> s.behaviourKey, s -> s));
        List<BehaviourPath> paths = BehaviourPath.forRep(repId);
        Actions actions = Actions.of(TrainingRecord.of(repId), repId, paths.stream().map(p -> p.behaviourKey).toList());
        return paths.stream().collect(Collectors.toMap(p -> p.behaviourKey, p -> new Path(p,
                moves.getOrDefault(p.behaviourKey, List.of()),
                rules.outlook(facts(p, states.get(p.behaviourKey), actions, null)))));
    }

    /** What the rep has done about their behaviours so far: training units completed, pairings as mentee. */
    private record Actions(Map<String, List<Instant>> trainingDone, List<MentoringPairing> pairings) {

        static Actions of(TrainingRecord training, String repId, Collection<String> behaviourKeys) {
            return new Actions(training.completions(behaviourKeys), MentoringPairing.asMentee(repId));
        }
    }

    private void advance(BehaviourPath existing, SkillState state, Actions actions, Supplier<Approach> diagnosis) {
        Instant now = clock.instant();
        BehaviourPath path = existing;
        if (path == null) {
            path = new BehaviourPath();
            path.repId = state.repId;
            path.behaviourKey = state.behaviourKey;
            move(path, rules.start(state.met > 0), now);
            path.persist();
        }
        for (int i = 0; i < MAX_MOVES_AT_ONCE; i++) {
            PhasePath.Facts facts = facts(path, state, actions, diagnosis.get());
            Optional<PhasePath.Move> move = rules.next(facts);
            if (move.isEmpty()) {
                return;
            }
            move(path, move.get(), now);
        }
    }

    private static void move(BehaviourPath path, PhasePath.Move move, Instant now) {
        PhaseMove step = new PhaseMove();
        step.repId = path.repId;
        step.behaviourKey = path.behaviourKey;
        step.from = path.phase;
        step.to = move.to();
        step.reason = Texts.truncate(move.reason(), 1000);
        step.movedAt = now;
        step.persist();
        path.phase = move.to();
        path.since = now;
        path.reason = step.reason;
        path.updatedAt = now;
    }

    private PhasePath.Facts facts(BehaviourPath path, SkillState state, Actions actions, Approach diagnosis) {
        Instant trainingDone = actions.trainingDone().getOrDefault(path.behaviourKey, List.of()).stream()
                .max(Comparator.naturalOrder()).orElse(null);
        List<MentoringPairing> pairings = actions.pairings().stream()
                .filter(p -> p.behaviourKey.equals(path.behaviourKey) && !p.withdrawn()).toList();
        Instant pairedAt = pairings.stream().map(p -> p.pairedAt).max(Comparator.naturalOrder()).orElse(null);
        Instant metAt = pairings.stream().map(p -> p.metAt).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        boolean atTarget = state != null && state.atTarget();
        boolean shown = state != null && state.met > 0;
        return new PhasePath.Facts(path.phase, path.since, clock.instant(), timing(state), atTarget, shown, trainingDone,
                pairedAt, metAt, diagnosis);
    }

    private PhasePath.Timing timing(SkillState state) {
        CoachingConfig.Path timing = config.path();
        Optional<CoachingConfig.Path.CallTypeTiming> own = state == null ? Optional.empty()
                : Optional.ofNullable(timing.callTypes().get(state.lastCallType));
        return new PhasePath.Timing(own.flatMap(CoachingConfig.Path.CallTypeTiming::training).orElse(timing.training()),
                own.flatMap(CoachingConfig.Path.CallTypeTiming::mentoring).orElse(timing.mentoring()));
    }
}
