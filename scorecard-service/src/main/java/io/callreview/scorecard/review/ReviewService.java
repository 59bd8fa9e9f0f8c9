package io.callreview.scorecard.review;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.persistence.RowLocks;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.problem.Problem;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.Moment;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.domain.ScorecardStatus;
import io.callreview.scorecard.domain.ScorecardVersion;
import io.callreview.scorecard.roster.Roster;
import io.callreview.scorecard.scoring.CoachVerdict;
import io.callreview.scorecard.scoring.ScoreRecorder;
import io.callreview.scorecard.suggestion.ExampleSuggestions;
import io.callreview.scorecard.transcript.Segment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Coach reviews. A coach of the call's team (or an admin) starts a draft from the automatic grade, the latest
 * score or blank, edits it, and finalises it into the next score revision, published as {@code CallScored}.
 * Only the coach who started a draft may change it. A verdict that differs from the grader's decided verdict
 * needs a reason; deciding a behaviour the grader left NEEDS_REVIEW does not override anything. A call an admin set
 * aside is not reviewed any more: a draft of it stays as it was, and neither changes nor is finalised (409).
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ScoreRecorder scores;

    @Inject
    AuditLog audit;

    @Inject
    ExampleSuggestions suggestions;

    @Inject
    Roster roster;

    @Transactional
    public ReviewView start(String callId, ReviewStartRequest request) {
        ReviewStart startFrom = request == null || request.startFrom() == null ? ReviewStart.AUTOMATIC : request.startFrom();
        SalesCall call = reviewableCall(callId);
        call.refuseWhenSetAside("callId", "a review");
        CallReview.openDraft(call, user.id()).ifPresent(draft -> {
            throw ApiException.conflict("callId", "you already have draft review " + draft.id + " of this call:"
                    + " continue it with PUT /api/reviews/" + draft.id);
        });
        Optional<ScoreRevision> base = switch (startFrom) {
            case AUTOMATIC -> ScoreRevision.findRevision(call, 1);
            case LATEST -> ScoreRevision.latest(call);
            case BLANK -> Optional.empty();
        };
        if (startFrom != ReviewStart.BLANK && base.isEmpty()) {
            throw ApiException.unprocessable("startFrom", "the call has no score to start from: start from BLANK");
        }
        ScorecardVersion scorecard = scorecardFor(call, base, request == null ? null : request.scorecardVersion());

        Instant now = clock.instant();
        CallReview review = new CallReview();
        review.id = UUID.randomUUID().toString();
        review.call = call;
        review.coachId = user.id();
        review.scorecard = scorecard;
        review.startedFrom = startFrom;
        review.baseRevision = base.map(b -> b.revision).orElse(null);
        review.status = ReviewStatus.DRAFT;
        review.createdAt = now;
        review.updatedAt = now;
        for (BehaviourVerdict prefill : base.map(b -> b.verdicts).orElse(List.of())) {
            if (prefill.verdict != Verdict.NEEDS_REVIEW && scorecard.behaviourValues().stream().anyMatch(b -> b.key().equals(prefill.key))) {
                String reason = base.get().revision == 1 ? null : prefill.rationale;
                review.verdicts.add(new DraftVerdict(prefill.key, prefill.verdict, reason, prefill.comment));
            }
        }
        if (startFrom == ReviewStart.LATEST && base.get().revision > 1) {
            review.moments.addAll(base.get().momentsOrEmpty());
            review.strengthBehaviourKey = base.get().strengthBehaviourKey;
            review.focusBehaviourKey = base.get().focusBehaviourKey;
        }
        review.persist();
        audit.record(AuditAction.REVIEW_STARTED, AuditEntities.REVIEW, review.id, call.id, AuditLog.details(
                "startedFrom", startFrom, "baseRevision", review.baseRevision, "scorecardVersion", scorecard.version));
        return ReviewViews.review(review, automaticGrade(review.call));
    }

    /**
     * Withdraws the open drafts of a call that moved to {@code teamId} whose coaches do not coach that team on the
     * roster: they could no longer open them, and the new team's coaches review the call themselves. Answers their ids.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> withdrawDraftsOutside(SalesCall call, String teamId, Instant now) {
        List<String> withdrawn = new ArrayList<>();
        for (CallReview draft : CallReview.openDrafts(call)) {
            if (!roster.coaches(draft.coachId, teamId)) {
                draft.status = ReviewStatus.WITHDRAWN;
                draft.updatedAt = now;
                withdrawn.add(draft.id);
            }
        }
        return withdrawn;
    }

    @Transactional
    public ReviewView get(String reviewId) {
        CallReview review = visibleReview(reviewId);
        return ReviewViews.review(review, automaticGrade(review.call));
    }

    @Transactional
    public List<ReviewView> listFor(String callId) {
        SalesCall call = reviewableCall(callId);
        ScoreRevision automatic = automaticGrade(call);
        return CallReview.listFor(call).stream().map(review -> ReviewViews.review(review, automatic)).toList();
    }

    @Transactional
    public ReviewView update(String reviewId, ReviewUpdate update) {
        CallReview review = editableReview(reviewId);
        Map<String, Behaviour> behaviours = review.scorecard.behavioursByKey();
        Map<String, Verdict> automatic = automaticVerdicts(review.call);
        List<DraftVerdict> verdicts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < update.verdicts().size(); i++) {
            ReviewUpdate.VerdictInput input = update.verdicts().get(i);
            String field = "verdicts[" + i + "]";
            Behaviour behaviour = behaviours.get(input.behaviourKey());
            if (behaviour == null) {
                errors.add(new Problem.FieldError(field + ".behaviourKey", "'" + input.behaviourKey() + "' is not a behaviour of"
                        + " scorecard version " + review.scorecard.version + " (" + String.join(", ", behaviours.keySet()) + ")"));
                continue;
            }
            if (!seen.add(input.behaviourKey())) {
                errors.add(new Problem.FieldError(field + ".behaviourKey", "'" + input.behaviourKey() + "' is listed twice"));
            }
            Optional<String> verdictError = behaviour.coachVerdictError(input.verdict());
            verdictError.ifPresent(error -> errors.add(new Problem.FieldError(field + ".verdict", error)));
            if (verdictError.isEmpty() && DraftVerdict.overrides(automatic.get(input.behaviourKey()), input.verdict())
                    && blank(input.reason())) {
                errors.add(new Problem.FieldError(field + ".reason", "a reason is required: the automatic verdict was "
                        + automatic.get(input.behaviourKey()) + " and this review says " + input.verdict()));
            }
            verdicts.add(new DraftVerdict(input.behaviourKey(), input.verdict(), trimmed(input.reason()), trimmed(input.comment())));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        List<Moment> moments = moments(review, behaviours, update.moments());
        checkMark("strengthBehaviourKey", update.strengthBehaviourKey(), behaviours);
        checkMark("focusBehaviourKey", update.focusBehaviourKey(), behaviours);
        if (update.strengthBehaviourKey() != null && verdicts.stream().noneMatch(
                v -> v.behaviourKey().equals(update.strengthBehaviourKey()) && v.verdict() == Verdict.MET)) {
            throw ApiException.badRequest("strengthBehaviourKey", "a strength must be a behaviour this review marks MET");
        }
        if (update.strengthBehaviourKey() != null && update.strengthBehaviourKey().equals(update.focusBehaviourKey())) {
            throw ApiException.badRequest("focusBehaviourKey", "the focus must differ from the strength");
        }
        review.verdicts = verdicts;
        review.moments = moments;
        review.strengthBehaviourKey = update.strengthBehaviourKey();
        review.focusBehaviourKey = update.focusBehaviourKey();
        review.summary = trimmed(update.summary());
        review.updatedAt = clock.instant();
        audit.record(AuditAction.REVIEW_UPDATED, AuditEntities.REVIEW, review.id, review.call.id, AuditLog.details(
                "verdicts", verdicts.stream().collect(Collectors.toMap(DraftVerdict::behaviourKey, v -> v.verdict().name(),
                        (a, b) -> a, LinkedHashMap::new)),
                "moments", moments.size()));
        return ReviewViews.review(review, automaticGrade(review.call));
    }

    @Transactional
    public ReviewView finalizeReview(String reviewId) {
        CallReview review = editableReview(reviewId);
        Map<String, Behaviour> behaviours = review.scorecard.behavioursByKey();
        List<String> undecided = behaviours.keySet().stream().filter(key -> review.verdict(key).isEmpty()).toList();
        if (!undecided.isEmpty()) {
            throw new ApiException(422, "unprocessable", "Review incomplete", "every behaviour needs a verdict before"
                    + " the review is final; undecided: " + String.join(", ", undecided),
                    undecided.stream().map(key -> new Problem.FieldError("verdicts", key + " has no verdict")).toList());
        }
        SalesCall call = review.call;
        Optional<ScoreRevision> before = ScoreRevision.latest(call);
        Map<String, Verdict> automatic = automaticVerdicts(call);
        for (DraftVerdict v : review.verdicts) {
            if (DraftVerdict.overrides(automatic.get(v.behaviourKey()), v.verdict()) && blank(v.reason())) {
                throw ApiException.unprocessable("verdicts", v.behaviourKey() + " overrides the automatic verdict "
                        + automatic.get(v.behaviourKey()) + " without a reason: add one with PUT /api/reviews/" + review.id);
            }
        }
        List<CoachVerdict> verdicts = behaviours.keySet().stream().map(key -> {
            DraftVerdict v = review.verdict(key).orElseThrow();
            return new CoachVerdict(key, v.verdict(), v.reason(), v.comment());
        }).toList();
        Map<String, List<Evidence>> pinned = PinnedEvidence.byBehaviour(review.moments, transcriptSegments(call));
        ScoreRevision score = scores.recordCoachRevision(call, review.scorecard, review.coachId,
                verdicts.stream().map(v -> ScoreRecorder.coachDecided(call, v, pinned.getOrDefault(v.behaviourKey(), List.of())))
                        .toList(),
                new ScoreRecorder.Feedback(review.strengthBehaviourKey, review.focusBehaviourKey, review.moments, review.summary),
                ScoreRecorder.Origin.review(review.id));
        review.status = ReviewStatus.FINALIZED;
        review.finalizedAt = score.createdAt;
        review.finalizedRevision = score.revision;
        review.updatedAt = score.createdAt;

        List<ExampleSuggestions.Override> overrides = new ArrayList<>();
        Optional<ScoreRevision> automaticScore = ScoreRevision.findRevision(call, 1);
        for (CoachVerdict verdict : verdicts) {
            Verdict was = automatic.get(verdict.behaviourKey());
            if (DraftVerdict.overrides(was, verdict.verdict())) {
                audit.record(AuditAction.VERDICT_OVERRIDDEN, AuditEntities.REVIEW, review.id, call.id, AuditLog.details(
                        "behaviourKey", verdict.behaviourKey(), "before", was.name(), "after", verdict.verdict().name(),
                        "reason", verdict.rationale(), "revision", score.revision));
                overrides.add(new ExampleSuggestions.Override(verdict.behaviourKey(), was, verdict.verdict(), verdict.rationale(),
                        automaticScore.flatMap(a -> a.verdict(verdict.behaviourKey())).map(v -> v.evidence).orElse(List.of())));
            }
        }
        suggestions.collect(call, review.id, review.coachId, review.scorecard, overrides,
                review.moments == null ? List.of() : review.moments);
        audit.record(AuditAction.REVIEW_FINALIZED, AuditEntities.REVIEW, review.id, call.id, AuditLog.details(
                "revision", score.revision,
                "before", before.map(b -> AuditLog.details("revision", b.revision, "overallScore", b.overallScore, "autoFailed", b.autoFailed)).orElse(null),
                "after", AuditLog.details("overallScore", score.overallScore, "autoFailed", score.autoFailed)));
        return ReviewViews.review(review, automaticGrade(review.call));
    }

    /** The call's revision 1, which a review shows beside the coach's verdicts; null if the call has none. */
    private static ScoreRevision automaticGrade(SalesCall call) {
        return ScoreRevision.findRevision(call, 1).orElse(null);
    }

    private static Map<String, Verdict> automaticVerdicts(SalesCall call) {
        return ScoreRevision.findRevision(call, 1).map(score -> score.verdicts.stream()
                .collect(Collectors.toMap(v -> v.key, v -> v.verdict))).orElse(Map.of());
    }

    private static List<Segment> transcriptSegments(SalesCall call) {
        return CallTranscript.<CallTranscript>findByIdOptional(call.id).map(t -> t.segments).orElse(List.of());
    }

    /** The end of the call, or of its transcript when that runs a little longer than the duration its source gave. */
    private static long callEndMs(SalesCall call) {
        long transcriptEndMs = CallTranscript.<CallTranscript>findByIdOptional(call.id)
                .map(t -> t.segments.stream().mapToLong(Segment::endMs).max().orElse(0)).orElse(0L);
        return Math.max(call.durationSeconds * 1000L, transcriptEndMs);
    }

    private List<Moment> moments(CallReview review, Map<String, Behaviour> behaviours, List<Moment> moments) {
        long endMs = moments.isEmpty() ? 0 : callEndMs(review.call);
        List<Moment> checked = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            Moment moment = moments.get(i);
            if (moment.atMs() > endMs) {
                throw ApiException.badRequest("moments[" + i + "].atMs", "the call lasts " + endMs + " ms");
            }
            if (moment.behaviourKey() != null && !behaviours.containsKey(moment.behaviourKey())) {
                throw ApiException.badRequest("moments[" + i + "].behaviourKey", "'" + moment.behaviourKey()
                        + "' is not a behaviour of scorecard version " + review.scorecard.version);
            }
            checked.add(new Moment(moment.atMs(), moment.behaviourKey(), moment.comment().strip()));
        }
        checked.sort(java.util.Comparator.comparingLong(Moment::atMs));
        return checked;
    }

    private static void checkMark(String field, String key, Map<String, Behaviour> behaviours) {
        if (key != null && !behaviours.containsKey(key)) {
            throw ApiException.badRequest(field, "'" + key + "' is not a behaviour of this scorecard");
        }
    }

    /**
     * The version to review against: the one the base score (or the call) was graded with, or the one asked for,
     * which must exist for the call's type and be published at some point (drafts still change).
     */
    private static ScorecardVersion scorecardFor(SalesCall call, Optional<ScoreRevision> base, Integer requested) {
        if (requested == null) {
            return base.map(b -> b.scorecard).orElse(call.scorecard);
        }
        ScorecardVersion version = ScorecardVersion.findVersion(call.callType, requested).orElseThrow(() -> ApiException.unprocessable(
                "scorecardVersion", "call type '" + call.callType.key + "' has no scorecard version " + requested));
        if (version.status == ScorecardStatus.DRAFT) {
            throw ApiException.unprocessable("scorecardVersion", "version " + requested + " of '" + call.callType.key
                    + "' is a draft: reviews use published versions");
        }
        return version;
    }

    /** A call the current coach (of its team) or admin may review; any other answers 404. */
    private SalesCall reviewableCall(String callId) {
        SalesCall call = SalesCall.findById(callId);
        if (call == null) {
            throw ApiException.notFound("call", callId);
        }
        user.requireTeam("call", callId, call.teamId);
        return call;
    }

    private CallReview visibleReview(String reviewId) {
        CallReview review = CallReview.findById(reviewId);
        if (review == null) {
            throw ApiException.notFound("review", reviewId);
        }
        user.requireTeam("review", reviewId, review.call.teamId);
        return review;
    }

    /** The caller's own draft, locked for the rest of the transaction. */
    private CallReview editableReview(String reviewId) {
        CallReview review = visibleReview(reviewId);
        if (!review.coachId.equals(user.id())) {
            throw new ApiException(403, "forbidden", "Forbidden", "only " + review.coachId
                    + ", who started this review, can change or finalise it", List.of());
        }
        RowLocks.lock(CallReview.getEntityManager(), review);
        if (review.status == ReviewStatus.WITHDRAWN) {
            throw ApiException.conflict("reviewId", "review " + review.id + " was withdrawn when its call moved to"
                    + " another team and can no longer change: a coach of that team reviews the call now");
        }
        if (review.status != ReviewStatus.DRAFT) {
            throw ApiException.conflict("reviewId", "review " + review.id + " was finalised as revision "
                    + review.finalizedRevision + " and can no longer change: start a new review");
        }
        review.call.refuseWhenSetAside("reviewId", "its draft review " + review.id);
        return review;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }
}
