package io.callreview.scorecard.scoring;

import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.ScoreRevision;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a score leads coaching with: the behaviour the rep did well and the one to work on next. The coach's marks
 * where a coach set them, else derived from the verdicts; the API and the CallScored event both show these.
 */
public record StrengthAndFocus(String strength, String focus) {

    /** The score's marks, else those derived from its verdicts and the behaviours of its scorecard by key. */
    public static StrengthAndFocus of(ScoreRevision score, Map<String, Behaviour> definitions) {
        return new StrengthAndFocus(
                score.strengthBehaviourKey != null ? score.strengthBehaviourKey : strength(score.verdicts, definitions),
                score.focusBehaviourKey != null ? score.focusBehaviourKey : focus(score.verdicts, definitions));
    }

    /** The heaviest behaviour the rep MET. */
    private static String strength(List<BehaviourVerdict> verdicts, Map<String, Behaviour> definitions) {
        return verdicts.stream().filter(v -> v.verdict == Verdict.MET)
                .max(Comparator.comparingDouble((BehaviourVerdict v) -> definitions.get(v.key).weight())
                        .thenComparing(v -> -v.position))
                .map(v -> v.key).orElse(null);
    }

    /** The MISSED behaviour that matters most: critical first, then the heaviest. */
    private static String focus(List<BehaviourVerdict> verdicts, Map<String, Behaviour> definitions) {
        return verdicts.stream().filter(v -> v.verdict == Verdict.MISSED)
                .max(Comparator.comparing((BehaviourVerdict v) -> definitions.get(v.key).critical())
                        .thenComparingDouble(v -> definitions.get(v.key).weight())
                        .thenComparing(v -> -v.position))
                .map(v -> v.key).orElse(null);
    }
}
