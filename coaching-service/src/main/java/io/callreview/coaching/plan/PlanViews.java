package io.callreview.coaching.plan;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.CoachingPlan;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rules.Figures;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.PlanEffectiveness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps a coaching plan, with the verdicts and skill states loaded for it, to what the API shows. */
@ApplicationScoped
public class PlanViews {

    @Inject
    CoachingConfig config;

    @Inject
    Fsrs fsrs;

    /**
     * @param decided       decided verdicts per focus behaviour, oldest first
     * @param states        the rep's skill states at the focus behaviours that have one
     * @param effectiveness adherence after the start against the window before it
     */
    public PlanView plan(CoachingPlan plan, Map<String, List<CallVerdict>> decided, Map<String, SkillState> states,
                         PlanEffectiveness.Result effectiveness, Instant now) {
        Instant end = plan.endedAt != null ? plan.endedAt : now;
        List<PlanProgressView> progress = plan.focusBehaviours.stream()
                .map(key -> progress(plan, key, decided.get(key), Optional.ofNullable(states.get(key)), end, now))
                .toList();
        return new PlanView(plan.id, plan.repId, plan.teamId, plan.coachId, plan.status, plan.focusBehaviours,
                plan.targetAdherence, plan.reviewDate, plan.notes, plan.blockage, plan.solution, plan.startedAt, plan.endedAt, plan.updatedAt, plan.updatedBy,
                plan.version, progress, new PlanEffectivenessView(window(effectiveness.before()), window(effectiveness.after()),
                effectiveness.change() == null ? null : Figures.round(effectiveness.change()), effectiveness.summary()));
    }

    private PlanProgressView progress(CoachingPlan plan, String key, List<CallVerdict> decided, Optional<SkillState> state,
                                      Instant end, Instant now) {
        List<CallVerdict> since = decided.stream()
                .filter(v -> !v.callStartedAt.isBefore(plan.startedAt) && v.callStartedAt.isBefore(end)).toList();
        int met = (int) since.stream().filter(CallVerdict::met).count();
        Double adherence = since.isEmpty() ? null : (double) met / since.size();
        return new PlanProgressView(key, state.map(s -> s.question).orElse(null), since.size(), met,
                adherence == null ? null : Figures.round(adherence), plan.targetAdherence,
                adherence != null && since.size() >= config.competence().minReviews() && adherence >= plan.targetAdherence,
                state.map(s -> s.stage).orElse(null),
                state.map(s -> Figures.round(fsrs.retrievabilityAt(s.lastReviewAt, now, s.stability))).orElse(null));
    }

    private static PlanEffectivenessView.Window window(PlanEffectiveness.Window w) {
        return new PlanEffectivenessView.Window(w.from(), w.to(), w.calls(), w.reviews(), w.met(),
                w.adherence() == null ? null : Figures.round(w.adherence()));
    }
}
