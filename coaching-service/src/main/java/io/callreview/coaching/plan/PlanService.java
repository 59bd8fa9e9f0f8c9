package io.callreview.coaching.plan;

import io.callreview.coaching.audit.AuditAction;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.PlanStatus;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.NudgeCopy;
import io.callreview.coaching.rules.PlanComposer;
import io.callreview.coaching.rules.PlanEffectiveness;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Coaching plans: a coach sets one or two focus behaviours, a target adherence and a review date for a
 * rep of their team. Progress and effectiveness come from the scores; every change tells the rep.
 */
@ApplicationScoped
public class PlanService {

    @Inject
    CurrentUser user;

    @Inject
    RepDirectory reps;

    @Inject
    NudgePlanner nudges;

    @Inject
    PlanViews views;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public PlanView create(PlanRequest request) {
        Rep known = Rep.findById(request.repId());
        if (known == null || known.teamId == null) {
            throw ApiException.notFound("rep", request.repId());
        }
        user.requireRep("rep", request.repId(), request.repId(), known.teamId);
        Instant now = clock.instant();
        validate(known.teamId, request.focusBehaviours(), request.reviewDate(), now);
        Rep rep = reps.lock(request.repId());
        if (CoachingPlan.activeFor(rep.repId).isPresent()) {
            throw ApiException.conflict("repId", "rep '" + rep.repId + "' already has an active coaching plan; complete or cancel it first");
        }
        CoachingPlan plan = new CoachingPlan();
        plan.id = UUID.randomUUID().toString();
        plan.repId = rep.repId;
        plan.teamId = rep.teamId;
        plan.coachId = user.id();
        plan.status = PlanStatus.ACTIVE;
        plan.focusBehaviours = List.copyOf(request.focusBehaviours());
        plan.targetAdherence = request.targetAdherence();
        plan.reviewDate = request.reviewDate();
        plan.notes = request.notes();
        plan.blockage = request.blockage();
        plan.solution = request.solution();
        plan.startedAt = now;
        plan.createdAt = now;
        plan.updatedAt = now;
        plan.updatedBy = user.id();
        plan.persist();
        em.flush();
        audit.record(AuditAction.PLAN_CREATED, AuditAction.PLAN, plan.id, AuditLog.details("after", audited(plan)));
        nudges.refocus(rep);
        nudges.planChanged(rep, plan, PlanComposer.created(phrased(plan), plan.coachId));
        return view(plan);
    }

    @Transactional
    public List<PlanView> list(String repId, String teamId, PlanStatus status) {
        StringBuilder query = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (repId != null) {
            params.add(repId);
            query.append(" AND repId = ?").append(params.size());
        }
        if (teamId != null) {
            params.add(teamId);
            query.append(" AND teamId = ?").append(params.size());
        }
        if (status != null) {
            params.add(status);
            query.append(" AND status = ?").append(params.size());
        }
        if (!user.isAdmin()) {
            if (user.is(Roles.COACH)) {
                params.add(user.teams().isEmpty() ? List.of("") : List.copyOf(user.teams()));
                query.append(" AND teamId IN ?").append(params.size());
            } else {
                params.add(user.id());
                query.append(" AND repId = ?").append(params.size());
            }
        }
        query.append(" ORDER BY createdAt DESC, id");
        return CoachingPlan.<CoachingPlan>list(query.toString(), params.toArray()).stream().map(this::view).toList();
    }

    @Transactional
    public PlanView get(String id) {
        return view(visible(id));
    }

    @Transactional
    public PlanView update(String id, PlanUpdate update) {
        CoachingPlan plan = visible(id);
        Rep rep = reps.lock(plan.repId);
        em.refresh(plan);
        if (update.version() != null && update.version() != plan.version) {
            throw ApiException.conflict("version", "plan '" + id + "' changed since version " + update.version()
                    + " (now " + plan.version + "); read it again");
        }
        if (plan.status.isFinal()) {
            throw ApiException.conflict("status", "plan '" + id + "' is " + plan.status + " and can no longer change");
        }
        Map<String, Object> before = audited(plan);
        Instant now = clock.instant();
        List<String> changes = new ArrayList<>();
        if (!new HashSet<>(plan.focusBehaviours).equals(new HashSet<>(update.focusBehaviours()))) {
            validate(plan.teamId, update.focusBehaviours(), update.reviewDate(), now);
            changes.add(PlanComposer.newFocus(phrased(plan.teamId, update.focusBehaviours())));
            plan.focusBehaviours = List.copyOf(update.focusBehaviours());
        }
        if (plan.targetAdherence != update.targetAdherence()) {
            changes.add(PlanComposer.newTarget(update.targetAdherence()));
            plan.targetAdherence = update.targetAdherence();
        }
        if (!plan.reviewDate.equals(update.reviewDate())) {
            if (update.reviewDate().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                throw ApiException.badRequest("reviewDate", "the review date cannot be in the past");
            }
            changes.add(PlanComposer.newReviewDate(update.reviewDate()));
            plan.reviewDate = update.reviewDate();
        }
        if (!Objects.equals(plan.blockage, update.blockage()) || !Objects.equals(plan.solution, update.solution())) {
            changes.add(PlanComposer.newAgreement());
            plan.blockage = update.blockage();
            plan.solution = update.solution();
        }
        if (!Objects.equals(plan.notes, update.notes())) {
            changes.add(PlanComposer.newNotes());
            plan.notes = update.notes();
        }
        NudgeCopy notice;
        if (update.status() == PlanStatus.ACTIVE) {
            if (changes.isEmpty()) {
                return view(plan);
            }
            notice = PlanComposer.changed(phrased(plan), changes, user.id());
        } else {
            plan.status = update.status();
            plan.endedAt = now;
            notice = update.status() == PlanStatus.COMPLETED
                    ? PlanComposer.completed(phrased(plan), effectiveness(plan, decidedVerdicts(plan), now).summary(), user.id())
                    : PlanComposer.cancelled(phrased(plan), user.id());
        }
        plan.updatedAt = now;
        plan.updatedBy = user.id();
        em.flush();
        AuditAction action = switch (plan.status) {
            case COMPLETED -> AuditAction.PLAN_COMPLETED;
            case CANCELLED -> AuditAction.PLAN_CANCELLED;
            default -> AuditAction.PLAN_UPDATED;
        };
        audit.record(action, AuditAction.PLAN, plan.id, AuditLog.details("before", before, "after", audited(plan)));
        nudges.refocus(rep);
        nudges.planChanged(rep, plan, notice);
        return view(plan);
    }

    private CoachingPlan visible(String id) {
        CoachingPlan plan = CoachingPlan.findById(id);
        if (plan == null) {
            throw ApiException.notFound("plan", id);
        }
        user.requireRep("plan", id, plan.repId, plan.teamId);
        return plan;
    }

    /** What the audit log keeps of a plan: everything a coach sets, in the form the log stores it. */
    private static Map<String, Object> audited(CoachingPlan plan) {
        return AuditLog.details("repId", plan.repId, "teamId", plan.teamId, "status", plan.status.name(),
                "focusBehaviours", List.copyOf(plan.focusBehaviours), "targetAdherence", plan.targetAdherence,
                "reviewDate", plan.reviewDate.toString(), "notes", plan.notes, "blockage", plan.blockage, "solution", plan.solution);
    }

    private void validate(String teamId, List<String> behaviours, LocalDate reviewDate, Instant now) {
        if (new HashSet<>(behaviours).size() != behaviours.size()) {
            throw ApiException.badRequest("focusBehaviours", "focus behaviours must be different");
        }
        for (int i = 0; i < behaviours.size(); i++) {
            if (!CallVerdict.knownInTeam(teamId, behaviours.get(i))) {
                throw ApiException.unprocessable("focusBehaviours[" + i + "]", "no scored call of team '" + teamId
                        + "' has graded behaviour '" + behaviours.get(i) + "'");
            }
        }
        if (reviewDate.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw ApiException.badRequest("reviewDate", "the review date cannot be in the past");
        }
    }

    private PlanView view(CoachingPlan plan) {
        Instant now = clock.instant();
        Map<String, List<CallVerdict>> decided = decidedVerdicts(plan);
        Map<String, SkillState> states = new HashMap<>();
        plan.focusBehaviours.forEach(key -> SkillState.find(plan.repId, key).ifPresent(state -> states.put(key, state)));
        return views.plan(plan, decided, states, effectiveness(plan, decided, now), now);
    }

    /** The decided verdicts on each focus behaviour of the plan, oldest first. */
    private static Map<String, List<CallVerdict>> decidedVerdicts(CoachingPlan plan) {
        Map<String, List<CallVerdict>> decided = new LinkedHashMap<>();
        for (String key : plan.focusBehaviours) {
            decided.put(key, CallVerdict.history(plan.repId, key).stream().filter(v -> v.verdict.isDecided()).toList());
        }
        return decided;
    }

    private static PlanEffectiveness.Result effectiveness(CoachingPlan plan, Map<String, List<CallVerdict>> decided, Instant now) {
        List<PlanEffectiveness.Observation> observations = new ArrayList<>();
        decided.forEach((key, verdicts) -> verdicts.forEach(
                v -> observations.add(new PlanEffectiveness.Observation(v.callId, key, v.callStartedAt, v.met()))));
        return PlanEffectiveness.compare(plan.startedAt, plan.endedAt != null ? plan.endedAt : now, observations);
    }

    /** The plan in the rep's words: each focus behaviour with the team's latest scorecard question for it. */
    private static PlanComposer.Plan phrased(CoachingPlan plan) {
        return new PlanComposer.Plan(plan.id, phrased(plan.teamId, plan.focusBehaviours), plan.targetAdherence, plan.reviewDate,
                plan.notes, plan.blockage, plan.solution);
    }

    private static List<PlanComposer.FocusBehaviour> phrased(String teamId, List<String> behaviourKeys) {
        return behaviourKeys.stream()
                .map(key -> new PlanComposer.FocusBehaviour(key, CallVerdict.latestInTeam(teamId, key).map(v -> v.question).orElse(null)))
                .toList();
    }
}
