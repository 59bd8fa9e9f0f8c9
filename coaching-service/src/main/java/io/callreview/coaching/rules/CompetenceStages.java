package io.callreview.coaching.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Places a rep on the competence ladder for one behaviour from two signals kept apart: what they do (the verdicts of
 * their calls) and what they know (their answers, as {@link Insight}s). Doing it is competence; seeing the gap, or
 * being able to say why it works, is consciousness. The latest answer that speaks to a question decides it.
 * Consciously competent and consistent is the target, the only place where routine nudges stop.
 */
public final class CompetenceStages {

    /** A decided verdict of one call, oldest first in lists. */
    public record Observation(String callId, Instant at, boolean met) {
    }

    /**
     * @param consistent done on enough recent calls, at or above the competent adherence, and on the latest one
     */
    public record Assessment(Stage stage, boolean consistent, String basis) {

        /** Consciously competent and consistent: the target, which retires routine nudges. */
        public boolean atTarget() {
            return consistent && stage == Stage.CONSCIOUSLY_COMPETENT;
        }
    }

    public record Thresholds(int recentWindow, int minReviews, double competentAdherence) {
    }

    private final Thresholds thresholds;

    public CompetenceStages(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param history  decided verdicts, oldest first; at least one
     * @param insights what the rep's answers show, in any order
     */
    public Assessment assess(List<Observation> history, List<Insight> insights) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a stage needs at least one decided verdict");
        }
        List<Observation> recent = history.subList(Math.max(0, history.size() - thresholds.recentWindow()), history.size());
        long recentMet = recent.stream().filter(Observation::met).count();
        String record = "Met on " + recentMet + " of the last " + recent.size() + " scored calls";
        boolean doing = (double) recentMet / recent.size() >= thresholds.competentAdherence();
        boolean lastMet = recent.get(recent.size() - 1).met();
        boolean consistent = doing && lastMet && recent.size() >= thresholds.minReviews();
        return doing ? competent(record, consistent, lastMet, recent.size(), insights) : notYet(record, insights);
    }

    private Assessment competent(String record, boolean consistent, boolean lastMet, int recentCalls, List<Insight> insights) {
        String consistency = consistent ? ", consistently" : !lastMet ? ", but missed on the latest call (a lapse)"
                : " (too few calls to call it consistent yet: " + thresholds.minReviews() + " make a record)";
        Optional<Insight> why = latest(insights, kind -> kind.knowsWhy);
        if (why.isPresent() && why.get().kind().knowsWhy) {
            return new Assessment(Stage.CONSCIOUSLY_COMPETENT, consistent, record + consistency + "; " + why.get().describe()
                    + (consistent ? ": conscious competence, the target." : "."));
        }
        String unknown = why.map(i -> i.describe() + ": they do it without knowing why.")
                .orElse("nothing yet shows the rep can say why it works; a reflection prompt asks.");
        return new Assessment(Stage.UNCONSCIOUSLY_COMPETENT, consistent, record + consistency + "; " + unknown);
    }

    private Assessment notYet(String record, List<Insight> insights) {
        Optional<Insight> gap = latest(insights, kind -> kind.seesGap);
        if (gap.isPresent() && gap.get().kind().seesGap) {
            // only a miss they saw is the gap itself; a quiz, a training or an explanation shows they know what it takes
            String sees = gap.get().kind() == Insight.Kind.SAW_THE_MISS ? ", so they know it is a gap."
                    : ", so they know what it takes and can see that they do not do it yet.";
            return new Assessment(Stage.CONSCIOUSLY_INCOMPETENT, false, record + "; " + gap.get().describe() + sees);
        }
        return new Assessment(Stage.UNCONSCIOUSLY_INCOMPETENT, false, record + "; " + gap.map(i -> i.describe()
                + ": they do not see the gap yet.").orElse("nothing yet shows the rep sees the gap (no answer about it)."));
    }

    /** The latest insight that speaks to a question (its answer not null). */
    private static Optional<Insight> latest(List<Insight> insights, Function<Insight.Kind, Boolean> question) {
        return insights.stream()
                .filter(i -> question.apply(i.kind()) != null)
                .max(Comparator.comparing(Insight::at));
    }
}
