package io.callreview.coaching.plan;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.PlanStatus;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.nudge.NudgePlanner;
import io.callreview.coaching.profile.ProfileService;
import io.callreview.coaching.rep.Rep;
import io.callreview.coaching.rep.RepDirectory;
import io.callreview.coaching.rules.BehaviourPhrasing;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.PlanEffectiveness;
import io.callreview.coaching.skill.FocusPolicy;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
    FocusPolicy focus;

    @Inject
    NudgePlanner nudges;

    @Inject
    CoachingConfig config;

    @Inject
    Fsrs fsrs;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public PlanView create(PlanRequest request) {
        Rep known = Rep.findById(request.repId());
        if (known == null || known.teamId == null || !user.maySeeRep(request.repId(), known.teamId)) {
            throw ApiException.notFound("rep", request.repId());
        }
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
        plan.startedAt = now;
        plan.createdAt = now;
        plan.updatedAt = now;
        plan.updatedBy = user.id();
        plan.persist();
        em.flush();
        focus.refresh(rep);
        nudges.refreshReinforcements(rep);
        nudges.planChanged(rep, plan, "Your coaching plan",
                "Your coach set up a plan with you: focus on " + describe(plan) + "." + notes(plan),
                "Coach " + plan.coachId + " created coaching plan " + plan.id + ".");
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
        Instant now = clock.instant();
        List<String> changes = new ArrayList<>();
        if (!new HashSet<>(plan.focusBehaviours).equals(new HashSet<>(update.focusBehaviours()))) {
            validate(plan.teamId, update.focusBehaviours(), update.reviewDate(), now);
            changes.add("focus on " + update.focusBehaviours().stream().map(k -> action(plan.teamId, k)).collect(Collectors.joining(" and ")));
            plan.focusBehaviours = List.copyOf(update.focusBehaviours());
        }
        if (plan.targetAdherence != update.targetAdherence()) {
            changes.add("target " + percent(update.targetAdherence()) + " of calls");
            plan.targetAdherence = update.targetAdherence();
        }
        if (!plan.reviewDate.equals(update.reviewDate())) {
            if (update.reviewDate().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                throw ApiException.badRequest("reviewDate", "the review date cannot be in the past");
            }
            changes.add("review on " + update.reviewDate());
            plan.reviewDate = update.reviewDate();
        }
        if (!Objects.equals(plan.notes, update.notes())) {
            changes.add("new notes from your coach");
            plan.notes = update.notes();
        }
        String title;
        String body;
        if (update.status() == PlanStatus.ACTIVE) {
            if (changes.isEmpty()) {
                return view(plan);
            }
            title = "Your coaching plan changed";
            body = "Your coach updated your plan: " + String.join("; ", changes) + "." + notes(plan);
        } else {
            plan.status = update.status();
            plan.endedAt = now;
            PlanEffectiveness.Result result = effectiveness(plan);
            title = update.status() == PlanStatus.COMPLETED ? "Your coaching plan is complete" : "Your coaching plan was cancelled";
            body = (update.status() == PlanStatus.COMPLETED
                    ? "Well done on working through your plan (" + describe(plan) + "). " + result.summary()
                    : "Your coach closed your plan (" + describe(plan) + "). Your focus goes back to your most valuable gaps.");
        }
        plan.updatedAt = now;
        plan.updatedBy = user.id();
        em.flush();
        focus.refresh(rep);
        nudges.refreshReinforcements(rep);
        nudges.planChanged(rep, plan, title, body, "User " + user.id() + " " + (plan.status == PlanStatus.ACTIVE
                ? "changed coaching plan " + plan.id + ": " + String.join("; ", changes)
                : plan.status.name().toLowerCase(Locale.ROOT) + " coaching plan " + plan.id) + ".");
        return view(plan);
    }

    private CoachingPlan visible(String id) {
        CoachingPlan plan = CoachingPlan.findById(id);
        if (plan == null || !user.maySeeRep(plan.repId, plan.teamId)) {
            throw ApiException.notFound("plan", id);
        }
        return plan;
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
        Instant end = plan.endedAt != null ? plan.endedAt : now;
        List<PlanEffectiveness.Observation> observations = new ArrayList<>();
        List<PlanProgressView> progress = new ArrayList<>();
        for (String key : plan.focusBehaviours) {
            List<CallVerdict> decided = CallVerdict.history(plan.repId, key).stream().filter(v -> v.verdict.isDecided()).toList();
            decided.forEach(v -> observations.add(new PlanEffectiveness.Observation(v.callId, key, v.callStartedAt, v.met())));
            List<CallVerdict> since = decided.stream()
                    .filter(v -> !v.callStartedAt.isBefore(plan.startedAt) && v.callStartedAt.isBefore(end)).toList();
            int met = (int) since.stream().filter(CallVerdict::met).count();
            Double adherence = since.isEmpty() ? null : (double) met / since.size();
            Optional<SkillState> state = SkillState.find(plan.repId, key);
            progress.add(new PlanProgressView(key, state.map(s -> s.question).orElse(null), since.size(), met,
                    adherence == null ? null : ProfileService.round(adherence), plan.targetAdherence,
                    adherence != null && since.size() >= config.competence().minReviews() && adherence >= plan.targetAdherence,
                    state.map(s -> s.stage).orElse(null),
                    state.map(s -> ProfileService.round(fsrs.retrievability(NudgePlanner.daysBetween(s.lastReviewAt, now), s.stability)))
                            .orElse(null)));
        }
        PlanEffectiveness.Result result = PlanEffectiveness.compare(plan.startedAt, end, observations);
        return new PlanView(plan.id, plan.repId, plan.teamId, plan.coachId, plan.status, plan.focusBehaviours,
                plan.targetAdherence, plan.reviewDate, plan.notes, plan.startedAt, plan.endedAt, plan.updatedAt, plan.updatedBy,
                plan.version, progress, new PlanEffectivenessView(window(result.before()), window(result.after()),
                result.change() == null ? null : ProfileService.round(result.change()), result.summary()));
    }

    private PlanEffectiveness.Result effectiveness(CoachingPlan plan) {
        List<PlanEffectiveness.Observation> observations = new ArrayList<>();
        for (String key : plan.focusBehaviours) {
            CallVerdict.history(plan.repId, key).stream().filter(v -> v.verdict.isDecided())
                    .forEach(v -> observations.add(new PlanEffectiveness.Observation(v.callId, key, v.callStartedAt, v.met())));
        }
        return PlanEffectiveness.compare(plan.startedAt, plan.endedAt != null ? plan.endedAt : clock.instant(), observations);
    }

    private static PlanEffectivenessView.Window window(PlanEffectiveness.Window w) {
        return new PlanEffectivenessView.Window(w.from(), w.to(), w.calls(), w.reviews(), w.met(),
                w.adherence() == null ? null : ProfileService.round(w.adherence()));
    }

    private String describe(CoachingPlan plan) {
        return plan.focusBehaviours.stream().map(k -> action(plan.teamId, k)).collect(Collectors.joining(" and "))
                + ", on " + percent(plan.targetAdherence) + " of your calls by " + plan.reviewDate;
    }

    /** A behaviour in words, from the team's scorecard question. */
    private String action(String teamId, String behaviourKey) {
        return CallVerdict.<CallVerdict>find("teamId = ?1 AND behaviourKey = ?2 ORDER BY callStartedAt DESC", teamId, behaviourKey)
                .firstResultOptional()
                .map(v -> BehaviourPhrasing.asAction(v.question))
                .orElse(behaviourKey);
    }

    private static String notes(CoachingPlan plan) {
        return plan.notes == null || plan.notes.isBlank() ? "" : " Notes: " + plan.notes.trim();
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}
