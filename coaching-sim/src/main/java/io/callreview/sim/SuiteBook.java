package io.callreview.sim;

import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.coaching.rules.FocusChoice;
import io.callreview.coaching.rules.SkillDerivation;
import io.callreview.events.NudgeRequested.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What coaching-service holds about one rep, in memory instead of its tables: verdicts and answers per behaviour, the
 * skill derived from them, the focus behaviours, training units, the pending nudges and what went out.
 */
final class SuiteBook {

    /** A training unit: assigned, then done (quizzing), then ended. */
    static final class Unit {
        Instant doneAt;
        boolean ended;

        boolean open() {
            return !ended;
        }
    }

    /** A nudge in the schedule. */
    static final class Planned {
        final Kind kind;
        final String behaviourKey;
        final boolean countsTowardCap;
        final List<Ask> asks;
        Instant dueAt;
        final Instant expiresAt;

        Planned(Kind kind, String behaviourKey, boolean countsTowardCap, List<Ask> asks, Instant dueAt, Instant expiresAt) {
            this.kind = kind;
            this.behaviourKey = behaviourKey;
            this.countsTowardCap = countsTowardCap;
            this.asks = asks;
            this.dueAt = dueAt;
            this.expiresAt = expiresAt;
        }

        boolean spaced() {
            return kind == Kind.REINFORCEMENT || kind == Kind.QUIZ;
        }
    }

    final Map<String, List<Observation>> verdicts = new TreeMap<>();
    final Map<String, List<SkillDerivation.Answer>> answers = new HashMap<>();
    final Map<String, SkillDerivation.Skill> skills = new TreeMap<>();
    final Map<String, Boolean> lastMissed = new HashMap<>();
    Set<String> focus = new LinkedHashSet<>();
    final Map<String, Unit> units = new HashMap<>();
    final List<Planned> pending = new ArrayList<>();
    final Map<String, Set<LocalDate>> spacedDays = new HashMap<>();
    final Map<String, Instant> spacedSentAt = new HashMap<>();
    /** When post-call feedback naming the behaviour as the focus was last planned. */
    final Map<String, Instant> feedbackFocusAt = new HashMap<>();
    final Map<String, Instant> reflectionAskedAt = new HashMap<>();
    final Map<String, String> lastItem = new HashMap<>();
    int scoredCalls;
    LocalDate capDay;
    int capSent;

    boolean atTarget(String behaviourKey) {
        SkillDerivation.Skill skill = skills.get(behaviourKey);
        return skill != null && skill.assessment().atTarget();
    }

    double recentAdherence(String behaviourKey) {
        SkillDerivation.Skill skill = skills.get(behaviourKey);
        return skill == null || skill.recentReviews() == 0 ? 0 : (double) skill.recentMet() / skill.recentReviews();
    }

    Optional<Unit> openUnit(String behaviourKey) {
        return Optional.ofNullable(units.get(behaviourKey)).filter(Unit::open);
    }

    long openUnits() {
        return units.values().stream().filter(Unit::open).count();
    }

    /** The rep's behaviours as the focus choice sees them, by key. */
    List<FocusChoice.Candidate> candidates(Map<String, Behaviour> behaviours) {
        List<FocusChoice.Candidate> candidates = new ArrayList<>();
        skills.keySet().forEach(key -> candidates.add(new FocusChoice.Candidate(key, behaviours.get(key).weight(),
                recentAdherence(key), atTarget(key), lastMissed.getOrDefault(key, false), focus.contains(key))));
        return candidates;
    }

    Set<String> keys() {
        return new HashSet<>(skills.keySet());
    }
}
