package io.callreview.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;

/**
 * A score revision for one call. Revision 1 is the automatic grade; every coach review or accepted
 * dispute publishes the next revision. Consumers keep the highest revision per call. {@code disputeId} names the
 * accepted dispute a revision comes from (absent for reviews, and from producers that predate it); {@code comment} is
 * the coach's summary of their review (absent for an automatic grade, and from producers that predate it).
 */
public record CallScored(
        @NotBlank String callId,
        String externalId,
        String source,
        @NotBlank String repId,
        @NotBlank String teamId,
        @NotBlank String callType,
        @Positive int revision,
        @NotNull @Valid Scorer scorer,
        @Positive int scorecardVersion,
        Double overallScore,
        boolean autoFailed,
        @NotNull Instant callStartedAt,
        int durationSeconds,
        String recordingUrl,
        @NotNull Instant scoredAt,
        @NotNull List<@NotNull @Valid BehaviourResult> behaviours,
        String strengthBehaviourKey,
        String focusBehaviourKey,
        List<@NotNull @Valid Moment> moments,
        String disputeId,
        String comment) implements EventPayload {

    public CallScored {
        behaviours = List.copyOf(behaviours);
        moments = moments == null ? List.of() : List.copyOf(moments);
    }

    public enum ScorerKind { AUTOMATIC, COACH }

    public record Scorer(@NotNull ScorerKind kind, String id) {
        public static Scorer automatic() {
            return new Scorer(ScorerKind.AUTOMATIC, null);
        }

        public static Scorer coach(String coachId) {
            return new Scorer(ScorerKind.COACH, coachId);
        }
    }

    /**
     * The verdict for one behaviour, with the definition it was graded against. {@code guidance} (the scorecard's
     * note on what counts) and {@code examples} (lines that show the behaviour done well) came later: producers that
     * predate them send neither, and consumers read them as absent.
     */
    public record BehaviourResult(
            @NotBlank String key,
            @NotBlank String question,
            @NotBlank String category,
            double weight,
            boolean critical,
            @NotNull Verdict verdict,
            double confidence,
            @NotNull List<@NotNull @Valid Evidence> evidence,
            Long expectedAtMs,
            String comment,
            String guidance,
            List<@NotNull String> examples) {

        public BehaviourResult {
            evidence = List.copyOf(evidence);
            examples = examples == null ? List.of() : List.copyOf(examples);
        }

        /** A result without guidance or examples, as the first version of the contract had it. */
        public BehaviourResult(String key, String question, String category, double weight, boolean critical, Verdict verdict,
                               double confidence, List<Evidence> evidence, Long expectedAtMs, String comment) {
            this(key, question, category, weight, critical, verdict, confidence, evidence, expectedAtMs, comment, null, null);
        }
    }

    /** A coach's comment pinned to a moment of the recording. */
    public record Moment(long atMs, String behaviourKey, @NotBlank String comment) {
    }
}
