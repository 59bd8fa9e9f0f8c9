package io.callreview.scorecard.suggestion;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.calltype.CallTypeService;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.CallType;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.domain.Moment;
import io.callreview.scorecard.domain.Precondition;
import io.callreview.scorecard.domain.RequiredSpeaker;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScorecardVersion;
import io.callreview.scorecard.scorecard.ScorecardService;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Learning from coaches. When a coach overrides the grader in a review, the call teaches the grader something: where
 * the coach says MET and pinned a moment for the behaviour, what the rep said there is an example the grader did not
 * recognise; where the coach says MISSED, the quotes the grader counted are counter-examples, and so is a pinned
 * moment; where the coach says NOT_APPLICABLE though the grader found the behaviour's precondition, what set it off
 * is a counter-example of the precondition. These become suggestions; an admin accepts some into the call type's next
 * draft scorecard, whose grading is then compared with the previous version's in the grader-accuracy analytics.
 */
@ApplicationScoped
public class ExampleSuggestions {

    /** A behaviour whose automatic verdict the coach overrode, with what the grader quoted for it. */
    public record Override(String behaviourKey, Verdict automatic, Verdict coach, String reason, List<Evidence> automaticEvidence) {
    }

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ScorecardService scorecards;

    /** Records the suggestions of a finalised review, in its transaction; answers how many were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int collect(SalesCall call, String reviewId, String coachId, ScorecardVersion scorecard, List<Override> overrides,
                       List<Moment> moments) {
        List<Segment> segments = Optional.ofNullable(CallTranscript.<CallTranscript>findById(call.id)).map(t -> t.segments)
                .orElse(List.of());
        Map<String, Behaviour> behaviours = scorecard.behavioursByKey();
        int added = 0;
        for (Override override : overrides) {
            Behaviour behaviour = behaviours.get(override.behaviourKey());
            if (behaviour == null) {
                continue;
            }
            List<Candidate> candidates = new ArrayList<>(candidates(override, behaviour.detection().speaker(), moments, segments));
            preconditionCounterExample(behaviour, override, segments).ifPresent(candidates::add);
            for (Candidate candidate : candidates) {
                if (!known(behaviour.detection(), candidate.text())
                        && !ExampleSuggestion.exists(reviewId, override.behaviourKey(), candidate.kind(), candidate.atMs())) {
                    ExampleSuggestion suggestion = new ExampleSuggestion();
                    suggestion.id = UUID.randomUUID().toString();
                    suggestion.callType = call.callType;
                    suggestion.behaviourKey = override.behaviourKey();
                    suggestion.kind = candidate.kind();
                    suggestion.text = candidate.text();
                    suggestion.callId = call.id;
                    suggestion.reviewId = reviewId;
                    suggestion.atMs = candidate.atMs();
                    suggestion.scorecardVersion = scorecard.version;
                    suggestion.coachId = coachId;
                    suggestion.reason = override.reason();
                    suggestion.status = ExampleSuggestion.Status.PENDING;
                    suggestion.createdAt = clock.instant();
                    suggestion.persist();
                    audit.record(AuditAction.EXAMPLE_SUGGESTED, AuditEntities.EXAMPLE_SUGGESTION, suggestion.id, call.id,
                            AuditLog.details("behaviourKey", suggestion.behaviourKey, "kind", suggestion.kind.name(),
                                    "text", suggestion.text));
                    added++;
                }
            }
        }
        return added;
    }

    private record Candidate(ExampleSuggestion.Kind kind, String text, long atMs) {
    }

    private static List<Candidate> candidates(Override override, RequiredSpeaker speaker, List<Moment> moments, List<Segment> segments) {
        boolean missedByGrader = override.coach() == Verdict.MET && override.automatic() != Verdict.MET;
        boolean wronglyCounted = override.coach() == Verdict.MISSED && override.automatic() == Verdict.MET;
        if (!missedByGrader && !wronglyCounted) {
            return List.of();
        }
        ExampleSuggestion.Kind kind = missedByGrader ? ExampleSuggestion.Kind.EXAMPLE : ExampleSuggestion.Kind.COUNTER_EXAMPLE;
        List<Candidate> candidates = new ArrayList<>();
        for (Moment moment : moments) {
            if (override.behaviourKey().equals(moment.behaviourKey())) {
                MomentQuotes.at(segments, moment.atMs(), speaker).ifPresent(text -> candidates.add(new Candidate(kind, text, moment.atMs())));
            }
        }
        if (wronglyCounted) {
            for (Evidence evidence : override.automaticEvidence()) {
                String text = unquoted(evidence.quote());
                if (text.length() >= 3) {
                    candidates.add(new Candidate(kind, text, evidence.startMs()));
                }
            }
        }
        return candidates;
    }

    /**
     * What set off the precondition of a behaviour the coach found not applicable: the first quote the grader showed
     * that its precondition's speaker said (the grader shows the trigger first). Only where that speaker is not the
     * behaviour's own, so that the two cannot be told apart.
     */
    private static Optional<Candidate> preconditionCounterExample(Behaviour behaviour, Override override, List<Segment> segments) {
        Precondition precondition = behaviour.detection().applicableWhen();
        if (override.coach() != Verdict.NOT_APPLICABLE || override.automatic() == Verdict.NOT_APPLICABLE || precondition == null
                || precondition.examples().isEmpty() || precondition.speaker() == RequiredSpeaker.ANY
                || precondition.speaker() == behaviour.detection().speaker()) {
            return Optional.empty();
        }
        Role role = precondition.speaker() == RequiredSpeaker.REP ? Role.REP : Role.PROSPECT;
        return override.automaticEvidence().stream()
                .filter(evidence -> segments.stream().anyMatch(s -> s.role() == role && s.speaker().equals(evidence.speaker())))
                .findFirst()
                .map(evidence -> new Candidate(ExampleSuggestion.Kind.PRECONDITION_COUNTER_EXAMPLE, unquoted(evidence.quote()),
                        evidence.startMs()))
                .filter(candidate -> candidate.text().length() >= 3);
    }

    /** A quote without the ellipses the grader adds around an excerpt, cut to an example's length. */
    private static String unquoted(String quote) {
        String text = quote.strip();
        text = text.startsWith("...") ? text.substring(3) : text;
        text = text.endsWith("...") ? text.substring(0, text.length() - 3) : text;
        text = text.strip();
        return text.length() <= MomentQuotes.MAX_LENGTH ? text : text.substring(0, MomentQuotes.MAX_LENGTH).strip();
    }

    private static boolean known(DetectionRule rule, String text) {
        String wanted = normalised(text);
        Precondition precondition = rule.applicableWhen();
        return rule.examples().stream().anyMatch(e -> normalised(e).equals(wanted))
                || rule.counterExamples().stream().anyMatch(e -> normalised(e).equals(wanted))
                || precondition != null && Stream.concat(precondition.examples().stream(), precondition.counterExamples().stream())
                        .anyMatch(e -> normalised(e).equals(wanted));
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public List<ExampleSuggestionView> list(String callTypeKey, ExampleSuggestion.Status status, String behaviourKey) {
        CallType type = CallTypeService.require(callTypeKey);
        return ExampleSuggestion.of(type, status, behaviourKey).stream().map(SuggestionViews::suggestion).toList();
    }

    /** Adds the suggestions to the call type's draft scorecard (started from the published one if needed). */
    @Transactional
    public AcceptanceView accept(String callTypeKey, List<String> ids) {
        CallType type = CallTypeService.require(callTypeKey);
        List<ExampleSuggestion> accepted = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!seen.add(id)) {
                throw ApiException.badRequest("ids[" + i + "]", "'" + id + "' is listed twice");
            }
            ExampleSuggestion suggestion = ExampleSuggestion.findById(id);
            if (suggestion == null || !suggestion.callType.id.equals(type.id)) {
                throw ApiException.notFound("example suggestion", id);
            }
            if (suggestion.status != ExampleSuggestion.Status.PENDING) {
                throw ApiException.conflict("ids[" + i + "]", "suggestion " + id + " was already " + suggestion.status);
            }
            accepted.add(suggestion);
        }
        int draft = scorecards.amendDraft(callTypeKey, behaviours -> withSuggestions(behaviours, accepted));
        for (ExampleSuggestion suggestion : accepted) {
            suggestion.status = ExampleSuggestion.Status.ACCEPTED;
            suggestion.decidedBy = user.id();
            suggestion.decidedAt = clock.instant();
            suggestion.draftVersion = draft;
            audit.record(AuditAction.EXAMPLE_ACCEPTED, AuditEntities.EXAMPLE_SUGGESTION, suggestion.id, suggestion.callId,
                    AuditLog.details("behaviourKey", suggestion.behaviourKey, "kind", suggestion.kind.name(), "draftVersion", draft));
        }
        return new AcceptanceView(callTypeKey, draft, accepted.stream().map(SuggestionViews::suggestion).toList());
    }

    private static List<Behaviour> withSuggestions(List<Behaviour> behaviours, List<ExampleSuggestion> accepted) {
        Map<String, Behaviour> byKey = Behaviour.byKey(behaviours);
        for (ExampleSuggestion suggestion : accepted) {
            Behaviour behaviour = byKey.get(suggestion.behaviourKey);
            if (behaviour == null) {
                throw ApiException.unprocessable("ids", "suggestion " + suggestion.id + " is for behaviour '"
                        + suggestion.behaviourKey + "', which the draft scorecard no longer has");
            }
            DetectionRule rule = behaviour.detection();
            if (known(rule, suggestion.text)) {
                continue;
            }
            if (suggestion.kind == ExampleSuggestion.Kind.PRECONDITION_COUNTER_EXAMPLE) {
                byKey.put(behaviour.key(), behaviour.withDetection(rule.withApplicableWhen(
                        withCounterExample(suggestion, rule.applicableWhen()))));
                continue;
            }
            List<String> examples = new ArrayList<>(rule.examples());
            List<String> counters = new ArrayList<>(rule.counterExamples());
            (suggestion.kind == ExampleSuggestion.Kind.EXAMPLE ? examples : counters).add(suggestion.text);
            if (examples.size() > DetectionRule.MAX_EXAMPLES || counters.size() > DetectionRule.MAX_EXAMPLES) {
                throw ApiException.unprocessable("ids", "behaviour '" + suggestion.behaviourKey + "' would hold more than "
                        + DetectionRule.MAX_EXAMPLES + " examples or counter-examples: remove some from the draft first");
            }
            byKey.put(behaviour.key(), behaviour.withDetection(rule.withExamples(examples, counters)));
        }
        return List.copyOf(byKey.values());
    }

    private static Precondition withCounterExample(ExampleSuggestion suggestion, Precondition precondition) {
        if (precondition == null) {
            throw ApiException.unprocessable("ids", "suggestion " + suggestion.id + " is for the precondition of behaviour '"
                    + suggestion.behaviourKey + "', which the draft scorecard no longer has");
        }
        List<String> counters = new ArrayList<>(precondition.counterExamples());
        counters.add(suggestion.text);
        if (counters.size() > DetectionRule.MAX_EXAMPLES) {
            throw ApiException.unprocessable("ids", "the precondition of behaviour '" + suggestion.behaviourKey + "' would hold"
                    + " more than " + DetectionRule.MAX_EXAMPLES + " counter-examples: remove some from the draft first");
        }
        return new Precondition(precondition.phrases(), precondition.speaker(), precondition.examples(), counters);
    }

    @Transactional
    public ExampleSuggestionView reject(String callTypeKey, String id, String reason) {
        CallType type = CallTypeService.require(callTypeKey);
        ExampleSuggestion suggestion = ExampleSuggestion.findById(id);
        if (suggestion == null || !suggestion.callType.id.equals(type.id)) {
            throw ApiException.notFound("example suggestion", id);
        }
        if (suggestion.status != ExampleSuggestion.Status.PENDING) {
            throw ApiException.conflict("id", "suggestion " + id + " was already " + suggestion.status);
        }
        suggestion.status = ExampleSuggestion.Status.REJECTED;
        suggestion.decidedBy = user.id();
        suggestion.decidedAt = clock.instant();
        audit.record(AuditAction.EXAMPLE_REJECTED, AuditEntities.EXAMPLE_SUGGESTION, suggestion.id, suggestion.callId,
                AuditLog.details("behaviourKey", suggestion.behaviourKey, "reason", reason));
        return SuggestionViews.suggestion(suggestion);
    }
}
