package io.callreview.coaching.rules;

import io.callreview.events.RepResponse.SelfAssessment;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Places a rep on the competence ladder for one behaviour from what they did (the verdicts of their
 * calls) and what they believe (their self-assessments, compared with the verdict of the same call).
 */
public final class CompetenceStages {

    /** A decided verdict of one call, oldest first in lists. */
    public record Observation(String callId, Instant at, boolean met) {
    }

    /** The rep's answer about a call, with what the call's verdict actually was. */
    public record SelfCheck(String callId, Instant answeredAt, SelfAssessment answer, boolean actuallyMet) {

        boolean believedYes() {
            return answer == SelfAssessment.YES;
        }
    }

    public record Assessment(Stage stage, String basis) {
    }

    public record Thresholds(int recentWindow, int minReviews, double competentAdherence, int habitStreak) {
    }

    private final Thresholds thresholds;

    public CompetenceStages(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param history       decided verdicts, oldest first; at least one
     * @param selfChecks    self-assessments on calls whose verdict is decided
     * @param toldAboutGap  whether the rep acknowledged feedback naming this behaviour as a gap
     */
    public Assessment assess(List<Observation> history, List<SelfCheck> selfChecks, boolean toldAboutGap) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a stage needs at least one decided verdict");
        }
        List<Observation> recent = history.subList(Math.max(0, history.size() - thresholds.recentWindow()), history.size());
        long recentMet = recent.stream().filter(Observation::met).count();
        String record = "met on " + recentMet + " of the last " + recent.size() + " scored calls";
        boolean consistent = recent.size() >= thresholds.minReviews()
                && (double) recentMet / recent.size() >= thresholds.competentAdherence();
        Optional<SelfCheck> latest = selfChecks.stream().max(Comparator.comparing(SelfCheck::answeredAt));
        if (consistent) {
            return competent(history, record, latest);
        }
        boolean tooEarlyToTell = recent.size() < thresholds.minReviews()
                && (double) recentMet / recent.size() >= thresholds.competentAdherence();
        return tooEarlyToTell ? provisional(record, latest) : notYet(record, latest, toldAboutGap);
    }

    /** Shown on every call so far, but on too few calls to call it consistent, let alone a habit. */
    private Assessment provisional(String record, Optional<SelfCheck> latest) {
        String caution = ": too few calls to call it consistent yet (" + thresholds.minReviews()
                + " make a record), so this stage is provisional";
        if (latest.isPresent() && latest.get().actuallyMet() && !latest.get().believedYes()) {
            return new Assessment(Stage.CONSCIOUSLY_COMPETENT, capitalised(record) + caution + "; on call "
                    + latest.get().callId() + " the rep answered " + latest.get().answer()
                    + " though they did it, which would make it unconscious if it lasts.");
        }
        return new Assessment(Stage.CONSCIOUSLY_COMPETENT, capitalised(record) + caution + ".");
    }

    private Assessment competent(List<Observation> history, String record, Optional<SelfCheck> latest) {
        if (latest.isPresent() && latest.get().actuallyMet() && !latest.get().believedYes()) {
            return new Assessment(Stage.UNCONSCIOUSLY_COMPETENT, capitalised(record) + ", yet on call "
                    + latest.get().callId() + " the rep answered " + latest.get().answer()
                    + " when asked whether they did it, though they did: they do it without knowing it.");
        }
        if (latest.isPresent() && latest.get().actuallyMet() && latest.get().believedYes()) {
            return new Assessment(Stage.CONSCIOUSLY_COMPETENT, capitalised(record) + ", and the rep correctly said"
                    + " they did it on call " + latest.get().callId() + ".");
        }
        int streak = trailingStreak(history);
        if (streak >= thresholds.habitStreak()) {
            return new Assessment(Stage.UNCONSCIOUSLY_COMPETENT, "Met on the last " + streak
                    + " scored calls in a row: it has become a habit.");
        }
        return new Assessment(Stage.CONSCIOUSLY_COMPETENT, capitalised(record) + ": consistent, not yet a habit ("
                + streak + " in a row, " + thresholds.habitStreak() + " make one).");
    }

    private Assessment notYet(String record, Optional<SelfCheck> latest, boolean toldAboutGap) {
        if (latest.isPresent()) {
            SelfCheck check = latest.get();
            if (!check.actuallyMet() && check.believedYes()) {
                return new Assessment(Stage.UNCONSCIOUSLY_INCOMPETENT, capitalised(record) + "; on call " + check.callId()
                        + " the rep believed they did it, but it was missed: they do not see the gap yet.");
            }
            if (!check.actuallyMet()) {
                return new Assessment(Stage.CONSCIOUSLY_INCOMPETENT, capitalised(record) + "; on call " + check.callId()
                        + " the rep answered " + check.answer() + ", and it was indeed missed: they see the gap.");
            }
            if (check.believedYes()) {
                return new Assessment(Stage.CONSCIOUSLY_INCOMPETENT, capitalised(record) + "; the rep recognised doing it"
                        + " on call " + check.callId() + ", but does not do it consistently yet.");
            }
            return new Assessment(Stage.UNCONSCIOUSLY_INCOMPETENT, capitalised(record) + "; on call " + check.callId()
                    + " the rep did it without knowing (answered " + check.answer() + "), and it is not consistent.");
        }
        if (toldAboutGap) {
            return new Assessment(Stage.CONSCIOUSLY_INCOMPETENT, capitalised(record)
                    + "; the rep acknowledged feedback about it, so they know it is a gap.");
        }
        return new Assessment(Stage.UNCONSCIOUSLY_INCOMPETENT, capitalised(record)
                + "; nothing yet shows the rep sees the gap (no self-assessment or acknowledged feedback).");
    }

    private static int trailingStreak(List<Observation> history) {
        int streak = 0;
        for (int i = history.size() - 1; i >= 0 && history.get(i).met(); i--) {
            streak++;
        }
        return streak;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
