package io.callreview.scorecard.scorecard;

import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.persistence.RowLocks;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.problem.Problem;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.calltype.CallTypeService;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.CallType;
import io.callreview.scorecard.domain.ScorecardStatus;
import io.callreview.scorecard.domain.ScorecardVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/** Scorecard versions: drafted, published (then immutable), superseded by the next, retired. */
@ApplicationScoped
public class ScorecardService {

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Transactional
    public ScorecardView createDraft(String callTypeKey, List<Behaviour> behaviours) {
        ScorecardRules.check(behaviours);
        CallType type = lockCallType(callTypeKey);
        ScorecardVersion.findDraft(type).ifPresent(draft -> {
            throw ApiException.conflict("version", "draft version " + draft.version + " of '" + callTypeKey
                    + "' is still open: edit it with PUT, or publish it before starting another");
        });
        ScorecardVersion draft = new ScorecardVersion();
        draft.callType = type;
        draft.version = ScorecardVersion.nextVersionNumber(type);
        draft.status = ScorecardStatus.DRAFT;
        draft.createdAt = clock.instant();
        draft.createdBy = user.id();
        draft.replaceBehaviours(behaviours);
        draft.persist();
        audit.record(AuditAction.SCORECARD_DRAFTED, AuditEntities.SCORECARD, id(draft), AuditLog.details(
                "behaviours", behaviours.stream().map(Behaviour::key).toList()));
        return ScorecardViews.scorecard(draft);
    }

    @Transactional
    public ScorecardView createStarterDraft(String callTypeKey, String template) {
        return createDraft(callTypeKey, StarterScorecard.template(template).orElseThrow(() -> ApiException.badRequest("template",
                "no starter scorecard is named '" + template + "': choose one of " + String.join(", ", StarterScorecard.names()))));
    }

    /** Editing a published scorecard means starting the next draft from it. */
    @Transactional
    public ScorecardView draftFrom(String callTypeKey, int version) {
        return createDraft(callTypeKey, require(callTypeKey, version).behaviourValues());
    }

    /**
     * Changes the call type's open draft, starting one from the published version when there is none, and answers
     * the draft's version. The change goes through the same rules and audit as an edit through the API.
     */
    @Transactional
    public int amendDraft(String callTypeKey, UnaryOperator<List<Behaviour>> change) {
        CallType type = lockCallType(callTypeKey);
        ScorecardVersion draft = ScorecardVersion.findDraft(type).orElse(null);
        if (draft == null) {
            ScorecardVersion published = ScorecardVersion.findPublished(type).orElseThrow(() -> ApiException.unprocessable(
                    "callType", "call type '" + callTypeKey + "' has neither a draft nor a published scorecard to start one from"));
            draftFrom(callTypeKey, published.version);
            draft = ScorecardVersion.findDraft(type).orElseThrow();
        }
        updateDraft(callTypeKey, draft.version, change.apply(draft.behaviourValues()));
        return draft.version;
    }

    @Transactional
    public List<ScorecardSummary> list(String callTypeKey) {
        return ScorecardVersion.listFor(CallTypeService.require(callTypeKey)).stream().map(ScorecardViews::summary).toList();
    }

    @Transactional
    public ScorecardView get(String callTypeKey, int version) {
        return ScorecardViews.scorecard(require(callTypeKey, version));
    }

    @Transactional
    public ScorecardView getPublished(String callTypeKey) {
        CallType type = CallTypeService.require(callTypeKey);
        return ScorecardVersion.findPublished(type).map(ScorecardViews::scorecard).orElseThrow(() -> new ApiException(404,
                "no-published-scorecard", "No published scorecard",
                "call type '" + callTypeKey + "' has no published scorecard", List.of()));
    }

    @Transactional
    public ScorecardView updateDraft(String callTypeKey, int version, List<Behaviour> behaviours) {
        ScorecardRules.check(behaviours);
        ScorecardVersion scorecard = require(callTypeKey, version);
        requireDraft(scorecard, "edited");
        ScorecardDiff diff = ScorecardDiffer.diff(callTypeKey, version, scorecard.behaviourValues(), version, behaviours);
        scorecard.replaceBehaviours(behaviours);
        audit.record(AuditAction.SCORECARD_UPDATED, AuditEntities.SCORECARD, id(scorecard), AuditLog.details(
                "added", diff.added().stream().map(Behaviour::key).toList(),
                "removed", diff.removed().stream().map(Behaviour::key).toList(),
                "changed", diff.changed()));
        return ScorecardViews.scorecard(scorecard);
    }

    @Transactional
    public ScorecardView publish(String callTypeKey, int version) {
        CallType type = lockCallType(callTypeKey);
        ScorecardVersion scorecard = require(callTypeKey, version);
        requireDraft(scorecard, "published");
        Integer superseded = ScorecardVersion.findPublished(type).map(previous -> {
            previous.status = ScorecardStatus.SUPERSEDED;
            return previous.version;
        }).orElse(null);
        ScorecardVersion.flush();
        scorecard.status = ScorecardStatus.PUBLISHED;
        scorecard.publishedAt = clock.instant();
        scorecard.publishedBy = user.id();
        audit.record(AuditAction.SCORECARD_PUBLISHED, AuditEntities.SCORECARD, id(scorecard),
                AuditLog.details("supersededVersion", superseded));
        return ScorecardViews.scorecard(scorecard);
    }

    /**
     * Retires a version. The version that grades the call type's new calls is retired only when the caller says that
     * such calls are to be refused from then on: a CRM's calls would otherwise be refused without anyone meaning it.
     */
    @Transactional
    public ScorecardView retire(String callTypeKey, int version, boolean refuseNewCalls) {
        ScorecardVersion scorecard = require(callTypeKey, version);
        if (scorecard.status == ScorecardStatus.DRAFT) {
            throw ApiException.conflict("version", "version " + version + " is a draft: only published versions can be retired");
        }
        if (scorecard.status == ScorecardStatus.PUBLISHED && !refuseNewCalls) {
            throw ApiException.conflict("refuseNewCalls", "version " + version + " grades every new '" + callTypeKey
                    + "' call: once it is retired, calls of this type are refused (422) until another version is published."
                    + " Publish the next version instead (it supersedes this one), or retire it with refuseNewCalls=true");
        }
        if (scorecard.status != ScorecardStatus.RETIRED) {
            ScorecardStatus before = scorecard.status;
            scorecard.status = ScorecardStatus.RETIRED;
            scorecard.retiredAt = clock.instant();
            audit.record(AuditAction.SCORECARD_RETIRED, AuditEntities.SCORECARD, id(scorecard),
                    AuditLog.details("before", before.name(), "after", ScorecardStatus.RETIRED.name()));
        }
        return ScorecardViews.scorecard(scorecard);
    }

    @Transactional
    public void discardDraft(String callTypeKey, int version) {
        ScorecardVersion scorecard = require(callTypeKey, version);
        requireDraft(scorecard, "discarded");
        scorecard.delete();
        audit.record(AuditAction.SCORECARD_DISCARDED, AuditEntities.SCORECARD, id(scorecard), null);
    }

    @Transactional
    public ScorecardDiff diff(String callTypeKey, int from, int to) {
        ScorecardVersion before = require(callTypeKey, from, "from");
        ScorecardVersion after = require(callTypeKey, to, "to");
        return ScorecardDiffer.diff(callTypeKey, from, before.behaviourValues(), to, after.behaviourValues());
    }

    /** How the audit log names a scorecard version: {@code discovery/v3}. */
    private static String id(ScorecardVersion scorecard) {
        return scorecard.callType.key + "/v" + scorecard.version;
    }

    private ScorecardVersion require(String callTypeKey, int version) {
        return require(callTypeKey, version, "version");
    }

    private ScorecardVersion require(String callTypeKey, int version, String field) {
        CallType type = CallTypeService.require(callTypeKey);
        return ScorecardVersion.findVersion(type, version).orElseThrow(() -> new ApiException(404, "not-found",
                "Scorecard version not found", "call type '" + callTypeKey + "' has no scorecard version " + version,
                List.of(new Problem.FieldError(field, "no such version"))));
    }

    private static void requireDraft(ScorecardVersion scorecard, String action) {
        if (scorecard.status != ScorecardStatus.DRAFT) {
            throw ApiException.conflict("version", "version " + scorecard.version + " is " + scorecard.status
                    + " and can no longer be " + action + ": published versions are immutable because scores pin them."
                    + " Create a new draft with POST /api/call-types/" + scorecard.callType.key + "/scorecards");
        }
    }

    /** Serialises version changes per call type, so two drafts or two publications cannot race. */
    private static CallType lockCallType(String key) {
        CallType type = CallTypeService.require(key);
        RowLocks.lock(CallType.getEntityManager(), CallType.class, type.id);
        return type;
    }
}
