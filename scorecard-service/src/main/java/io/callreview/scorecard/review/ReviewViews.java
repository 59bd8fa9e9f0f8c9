package io.callreview.scorecard.review;

import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.ScoreRevision;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns stored reviews into what the reviews API answers. */
final class ReviewViews {

    private ReviewViews() {
    }

    /** {@code automatic} is the call's revision 1, shown beside the coach's verdicts; null if the call has none. */
    static ReviewView review(CallReview review, ScoreRevision automatic) {
        Map<String, BehaviourVerdict> graded = automatic == null ? Map.of()
                : automatic.verdicts.stream().collect(Collectors.toMap(v -> v.key, v -> v));
        List<ReviewView.Behaviour> behaviours = review.scorecard.behaviourValues().stream().map(b -> {
            BehaviourVerdict auto = graded.get(b.key());
            Optional<DraftVerdict> mine = review.verdict(b.key());
            Verdict verdict = mine.map(DraftVerdict::verdict).orElse(null);
            return new ReviewView.Behaviour(b.key(), b.question(), b.weight(), b.critical(), b.naAllowed(),
                    auto == null ? null : auto.verdict, auto == null ? null : auto.confidence,
                    auto == null ? List.of() : auto.evidence, auto == null ? null : auto.rationale, verdict,
                    verdict != null && DraftVerdict.overrides(auto == null ? null : auto.verdict, verdict),
                    mine.map(DraftVerdict::reason).orElse(null), mine.map(DraftVerdict::comment).orElse(null));
        }).toList();
        return new ReviewView(review.id, review.call.id, review.coachId, review.status, review.scorecard.version,
                review.startedFrom, review.baseRevision, behaviours, review.moments, review.strengthBehaviourKey,
                review.focusBehaviourKey, review.summary, review.createdAt, review.updatedAt, review.finalizedAt,
                review.finalizedRevision);
    }
}
