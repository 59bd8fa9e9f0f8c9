package io.callreview.coaching.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rep's training units, read once (one statement) for all the steps of one event: the skill states need the
 * completions, the assignments every unit, the spaced reinforcement the open ones. The units are the managed entities,
 * so a unit a step ends or assigns is seen by the steps after it.
 */
public final class TrainingRecord {

    /** Newest assignment first, as {@link TrainingUnit#forRep} reads them. */
    private static final Comparator<TrainingUnit> NEWEST_FIRST = Comparator.comparing((TrainingUnit u) -> u.assignedAt).reversed()
            .thenComparing(u -> u.id);
    private static final Comparator<TrainingUnit> BY_COMPLETION = Comparator.comparing((TrainingUnit u) -> u.doneAt)
            .thenComparing(u -> u.id);

    private final List<TrainingUnit> units;

    private TrainingRecord(List<TrainingUnit> units) {
        this.units = new ArrayList<>(units);
    }

    public static TrainingRecord of(String repId) {
        return new TrainingRecord(TrainingUnit.forRep(repId));
    }

    /** Every unit of the rep, newest assignment first. */
    public List<TrainingUnit> units() {
        return List.copyOf(units);
    }

    /** Every time the rep completed a unit on each of the behaviours, oldest first; a behaviour never completed is absent. */
    public Map<String, List<Instant>> completions(Collection<String> behaviourKeys) {
        Set<String> keys = Set.copyOf(behaviourKeys);
        Map<String, List<Instant>> byKey = new LinkedHashMap<>();
        units.stream().filter(u -> u.doneAt != null && keys.contains(u.behaviourKey)).sorted(BY_COMPLETION)
                .forEach(u -> byKey.computeIfAbsent(u.behaviourKey, k -> new ArrayList<>()).add(u.doneAt));
        return byKey;
    }

    /** The rep's current unit on each behaviour (the latest assigned, or done and quizzing). */
    public Map<String, TrainingUnit> openByBehaviour() {
        Map<String, TrainingUnit> byKey = new LinkedHashMap<>();
        units.stream().filter(TrainingUnit::open).forEach(unit -> byKey.putIfAbsent(unit.behaviourKey, unit));
        return byKey;
    }

    /** Takes a unit just assigned (and persisted) into the record. */
    public void add(TrainingUnit unit) {
        units.add(unit);
        units.sort(NEWEST_FIRST);
    }
}
