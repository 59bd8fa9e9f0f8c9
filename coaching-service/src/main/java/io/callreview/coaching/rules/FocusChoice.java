package io.callreview.coaching.rules;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which behaviours a rep works on at once, when no coach's plan decides: the focus the coach picked in their latest
 * review leads (while it is a gap), and the most valuable gaps (weight x gap) fill the other places and stay until they
 * are no longer gaps, so the rep is not switched from one behaviour to another after every call.
 */
public final class FocusChoice {

    /** One behaviour of the rep as the choice sees it; {@code focus} whether it is a focus behaviour now. */
    public record Candidate(String key, double weight, double recentAdherence, boolean atTarget, boolean lastMissed,
                            boolean focus) {

        /** How valuable it is to work on: its weight times the gap. */
        double priority() {
            return weight * (1 - recentAdherence);
        }
    }

    /** Most valuable first (weight x gap), then by key. */
    public static final Comparator<Candidate> MOST_VALUABLE_FIRST =
            Comparator.comparingDouble(Candidate::priority).reversed().thenComparing(Candidate::key);

    private final int maxFocusBehaviours;
    private final double competentAdherence;

    public FocusChoice(int maxFocusBehaviours, double competentAdherence) {
        this.maxFocusBehaviours = maxFocusBehaviours;
        this.competentAdherence = competentAdherence;
    }

    /** Whether a behaviour still needs work: not at the target, and below the competent adherence or lapsed on the latest call. */
    public boolean isGap(Candidate candidate) {
        return !candidate.atTarget() && (candidate.recentAdherence() < competentAdherence || candidate.lastMissed());
    }

    /**
     * The focus behaviours after the rep's states changed: those no longer gaps leave, the coach's pick (a gap) comes in,
     * pushing out the least valuable one when the places are full, and the most valuable gaps fill what is free.
     *
     * @param candidates the rep's behaviours, in a stable order (by key)
     * @param coachsPick the focus the coach picked in their latest review, if any
     */
    public Set<String> refresh(List<Candidate> candidates, Optional<String> coachsPick) {
        Set<String> focus = new LinkedHashSet<>();
        candidates.stream().filter(c -> c.focus() && isGap(c)).forEach(c -> focus.add(c.key()));
        Optional<Candidate> pick = coachsPick.flatMap(key -> candidates.stream()
                .filter(c -> c.key().equals(key) && !focus.contains(c.key()) && isGap(c)).findFirst());
        if (pick.isPresent()) {
            if (focus.size() >= maxFocusBehaviours) {
                candidates.stream().filter(c -> focus.contains(c.key())).max(MOST_VALUABLE_FIRST).ifPresent(c -> focus.remove(c.key()));
            }
            focus.add(pick.get().key());
        }
        for (Candidate candidate : candidates.stream().filter(c -> !focus.contains(c.key()) && isGap(c)).sorted(MOST_VALUABLE_FIRST).toList()) {
            if (focus.size() >= maxFocusBehaviours) {
                break;
            }
            focus.add(candidate.key());
        }
        return focus;
    }
}
