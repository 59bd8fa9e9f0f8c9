package io.callreview.coaching.nudge;

import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rules.RepCalendar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a focus behaviour's reinforcement is planned from: its skill state, the coaching plan that names it and the
 * rep's calendar, as a digest. While the basis holds and the moment still lies ahead, the
 * pending reinforcement is what planning again would make of it (the same timing, reasons and withdrawal rules), so
 * a rep's call that graded other behaviours leaves it alone.
 */
final class ReinforcementBasis {

    private ReinforcementBasis() {
    }

    static String of(SkillState state, Optional<CoachingPlan> plan, RepCalendar calendar) {
        Optional<CoachingPlan> following = plan.filter(p -> p.focusBehaviours.contains(state.behaviourKey));
        List<Object> parts = List.of(state.behaviourKey, state.atTarget(), String.valueOf(state.lastReviewAt),
                state.stability, state.recentMet, state.recentReviews, String.valueOf(state.question),
                String.valueOf(state.lastCallType), calendar,
                following.map(p -> p.id).orElse(""), following.map(p -> String.valueOf(p.solution)).orElse(""));
        return digest(String.join("\u0000", parts.stream().map(String::valueOf).toList()));
    }

    /** Whether the behaviour's one pending reinforcement was planned from this basis and is still to come. */
    static boolean stillHolds(List<ScheduledNudge> pending, String basis, Instant now) {
        return pending.size() == 1 && basis.equals(pending.get(0).planBasis) && now.isBefore(pending.get(0).earliestAt);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
