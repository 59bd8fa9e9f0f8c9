package io.callreview.scorecard.review;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callreview.events.Verdict;
import io.callreview.platform.persistence.JsonColumnConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A coach's verdict on one behaviour in a review that is not final yet; {@code verdict} null means undecided. */
public record DraftVerdict(String behaviourKey, Verdict verdict, String reason, String comment) {

    /** A coach's verdict overrides the grader's when the grader decided (or said not applicable) and they differ. */
    static boolean overrides(Verdict automatic, Verdict coach) {
        return automatic != null && automatic != Verdict.NEEDS_REVIEW && automatic != coach;
    }

    /** Stores a list of these as a JSON column. */
    @Converter
    public static class ListColumn extends JsonColumnConverter<List<DraftVerdict>> {
        public ListColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
