package io.callreview.sim;

import io.callreview.coaching.rules.Approach;
import io.callreview.coaching.rules.CompetenceStages.Observation;
import io.callreview.coaching.rules.DeliveryRules;
import io.callreview.coaching.rules.Diagnoses;
import io.callreview.coaching.rules.FeedbackComposer;
import io.callreview.coaching.rules.FocusChoice;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.coaching.rules.NudgeRules.TrainingStage;
import io.callreview.coaching.rules.NudgeRules;
import io.callreview.coaching.rules.PracticeItem;
import io.callreview.coaching.rules.Reflections;
import io.callreview.coaching.rules.SkillDerivation;
import io.callreview.coaching.rules.Training;
import io.callreview.events.NudgeRequested.Kind;
import io.callreview.events.RepResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * This suite's policy: each scored call and each answer goes through coaching-service's own rules, in the order its
 * consumers apply them ({@code CallScoring}, {@code ResponseRecording}, {@code TrainingService.markDone}): the skill
 * derived from the history ({@link SkillDerivation}), the focus behaviours ({@link FocusChoice}), training units
 * ({@link Training}, {@link Diagnoses}), post-call feedback ({@link FeedbackComposer}, {@link Reflections}), spaced
 * moments ({@link NudgeRules}) and delivery ({@link DeliveryRules}, with the daily cap). Mentoring and coaching plans
 * need peers and coaches and are left out; pre-call reminders need scheduled calls and are left out.
 */
public final class SuitePolicy implements Policy {

    private final SuiteRules rules;
    private final Map<String, Behaviour> behaviours = new HashMap<>();
    private final Map<String, SuiteBook> books = new HashMap<>();
    private final SuiteMoments moments;

    public SuitePolicy(SuiteRules rules) {
        this.rules = rules;
        Behaviour.STARTER.forEach(b -> behaviours.put(b.key(), b));
        this.moments = new SuiteMoments(behaviours);
    }

    @Override
    public String name() {
        return "suite";
    }

    SuiteBook book(SimRep rep) {
        return books.computeIfAbsent(rep.id(), id -> new SuiteBook());
    }

    @Override
    public void afterCall(SimRep rep, ScoredCall call) {
        SuiteBook book = book(rep);
        call.graded().forEach((key, met) -> {
            book.verdicts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Observation(call.callId(), call.at(), met));
            book.lastMissed.put(key, !met);
        });
        book.scoredCalls++;
        call.graded().keySet().forEach(key -> recompute(book, key));
        refocus(book);
        training(rep, book, call.at());
        feedback(rep, book, call);
        spaced(rep, book, call.at());
    }

    @Override
    public void answered(SimRep rep, Nudge nudge, List<Reply> replies) {
        SuiteBook book = book(rep);
        for (Reply reply : replies) {
            String key = reply.ask().behaviourKey();
            if (reply.ask().type() == Ask.Type.TRAINING) {
                if (reply.right()) {
                    book.units.get(key).doneAt = reply.at();
                    recompute(book, key);
                    refocus(book);
                    spaced(rep, book, reply.at());
                }
                continue;
            }
            Optional<SkillDerivation.Answer> answer = moments.answer(reply, behaviours.get(key));
            if (answer.isEmpty()) {
                continue;
            }
            book.answers.computeIfAbsent(key, k -> new ArrayList<>()).add(answer.get());
            recompute(book, key);
            training(rep, book, reply.at());
            refocus(book);
            spaced(rep, book, reply.at());
        }
    }

    @Override
    public List<Nudge> dispatch(SimRep rep, Instant now) {
        SuiteBook book = book(rep);
        LocalDate today = rep.calendar().workingDay(now);
        if (!today.equals(book.capDay)) {
            book.capDay = today;
            book.capSent = 0;
        }
        List<Nudge> sent = new ArrayList<>();
        for (SuiteBook.Planned nudge : book.pending.stream().filter(n -> !n.dueAt.isAfter(now))
                .sorted(Comparator.comparing(n -> n.dueAt)).toList()) {
            Optional<String> withdrawal = nudge.behaviourKey == null ? Optional.empty()
                    : NudgeRules.withdrawalWhenDue(nudge.behaviourKey, nudge.kind == Kind.REINFORCEMENT,
                    book.atTarget(nudge.behaviourKey), book.focus.contains(nudge.behaviourKey));
            DeliveryRules.Decision decision = DeliveryRules.decide(new DeliveryRules.Due(nudge.expiresAt, nudge.countsTowardCap,
                    withdrawal), now, rep.calendar(), book.capSent, rules.config().nudges().dailyCap());
            if (decision instanceof DeliveryRules.Defer defer) {
                nudge.dueAt = defer.until();
            } else if (decision instanceof DeliveryRules.Drop) {
                book.pending.remove(nudge);
            } else {
                book.pending.remove(nudge);
                if (nudge.countsTowardCap) {
                    book.capSent++;
                }
                sent.add(new Nudge(nudge.kind.name(), nudge.behaviourKey, nudge.spaced() ? spacedAsks(book, nudge, today, now) : nudge.asks));
            }
        }
        return sent;
    }

    private List<Ask> spacedAsks(SuiteBook book, SuiteBook.Planned nudge, LocalDate today, Instant now) {
        book.spacedDays.computeIfAbsent(nudge.behaviourKey, k -> new HashSet<>()).add(today);
        book.spacedSentAt.put(nudge.behaviourKey, now);
        Ask ask = moments.pick(book, nudge.behaviourKey, nudge.kind == Kind.QUIZ);
        if (ask.item() instanceof PracticeItem.Recall) {
            book.reflectionAskedAt.put(nudge.behaviourKey, now);
        }
        return List.of(ask);
    }

    private void recompute(SuiteBook book, String key) {
        List<Observation> decided = book.verdicts.get(key);
        if (decided == null) {
            return;
        }
        SuiteBook.Unit unit = book.units.get(key);
        book.skills.put(key, rules.derivation().derive(decided, book.answers.getOrDefault(key, List.of()),
                unit != null && unit.doneAt != null ? List.of(unit.doneAt) : List.of()));
    }

    private void refocus(SuiteBook book) {
        book.focus = rules.focus().refresh(book.candidates(behaviours), Optional.empty());
    }

    /** Ends the units that are over, and assigns units where the diagnosis is training, as TrainingAssignments does. */
    private void training(SimRep rep, SuiteBook book, Instant now) {
        int quizzesToPass = rules.config().training().quizzesToPass();
        book.units.forEach((key, unit) -> {
            if (unit.open()) {
                Training.ending(unit.doneAt != null, book.atTarget(key), () -> diagnose(rep, book, key),
                        () -> quizGradesSince(book, key, unit.doneAt), quizzesToPass)
                        .ifPresent(ending -> unit.ended = true);
            }
        });
        List<String> mostValuableFirst = book.candidates(behaviours).stream().sorted(FocusChoice.MOST_VALUABLE_FIRST)
                .map(FocusChoice.Candidate::key).toList();
        for (String key : Training.toAssign(mostValuableFirst, book.units::containsKey,
                key -> diagnose(rep, book, key).approach() == Approach.TRAINING, book.openUnits(),
                rules.config().training().maxOpenUnits())) {
            book.units.put(key, new SuiteBook.Unit());
            book.pending.add(new SuiteBook.Planned(Kind.TRAINING, key, false, List.of(new Ask(Ask.Type.TRAINING, key, null, null)),
                    NudgeRules.atOnce(now, rep.calendar(), null).dueAt(), null));
        }
    }

    private static List<Fsrs.Grade> quizGradesSince(SuiteBook book, String key, Instant since) {
        return book.answers.getOrDefault(key, List.of()).stream()
                .filter(a -> a.kind() == RepResponse.Kind.QUIZ_ANSWER && a.grade() != null && !a.at().isBefore(since))
                .map(SkillDerivation.Answer::grade).toList();
    }

    private Diagnoses.Diagnosis diagnose(SimRep rep, SuiteBook book, String key) {
        SkillDerivation.Skill skill = book.skills.get(key);
        return rules.diagnoses().diagnose(new Diagnoses.Facts(rep.id(), key, ScoredCall.CALL_TYPE, book.scoredCalls,
                skill.reviews(), skill.met(), skill.recentReviews(), skill.recentMet(), skill.assessment().stage(),
                skill.assessment().atTarget(), skill.gapAcknowledged()), Optional.empty());
    }

    /** The post-call feedback, as NudgePlanner.afterScoredCall composes it. */
    private void feedback(SimRep rep, SuiteBook book, ScoredCall call) {
        Instant now = call.at();
        Optional<NudgeRules.Timing> timing = rules.nudges().feedback(call.at(), now, rep.calendar());
        if (timing.isEmpty()) {
            return;
        }
        Map<String, FeedbackComposer.Standing> standings = new HashMap<>();
        book.skills.forEach((key, skill) -> standings.put(key, new FeedbackComposer.Standing(book.recentAdherence(key),
                book.focus.contains(key), skill.assessment().atTarget(), Reflections.ask(skill.assessment().stage(),
                () -> Optional.ofNullable(book.reflectionAskedAt.get(key)), now, rules.config().competence().reflectionGap()))));
        Optional<FeedbackComposer.Feedback> composed = FeedbackComposer.compose(
                new FeedbackComposer.CallFacts(call.callId(), call.callType(), 1), moments.outcomes(call), standings,
                rules.nudges().freeFocusSlots(false, book.focus.size()));
        if (composed.isEmpty()) {
            return;
        }
        FeedbackComposer.Feedback feedback = composed.get();
        List<Ask> asks = new ArrayList<>();
        if (feedback.strength() != null && feedback.strength().reflect()) {
            asks.add(new Ask(Ask.Type.REFLECTION, feedback.strength().key(), null, call.callId()));
            book.reflectionAskedAt.put(feedback.strength().key(), now);
        }
        String focusKey = feedback.focus() == null ? null : feedback.focus().key();
        if (focusKey != null) {
            if (feedback.focus().newFocus()) {
                book.focus.add(focusKey);
            }
            asks.add(new Ask(Ask.Type.SELF_ASSESSMENT, focusKey, null, call.callId()));
            book.feedbackFocusAt.put(focusKey, now);
        }
        book.pending.add(new SuiteBook.Planned(Kind.POST_CALL_FEEDBACK, focusKey, true, asks, timing.get().dueAt(),
                timing.get().expiresAt()));
    }

    /** The spaced moment of each behaviour, as SpacedMoments plans them: one per review cycle, one per local day. */
    private void spaced(SimRep rep, SuiteBook book, Instant now) {
        book.skills.forEach((key, skill) -> {
            Optional<SuiteBook.Unit> unit = book.openUnit(key);
            TrainingStage stage = unit.map(u -> u.doneAt != null ? TrainingStage.QUIZZING : TrainingStage.ASSIGNED)
                    .orElse(TrainingStage.NONE);
            book.pending.removeIf(n -> n.spaced() && key.equals(n.behaviourKey));
            Optional<String> withdrawal = NudgeRules.reinforcementWithdrawal(key, book.focus.contains(key), skill.assessment().atTarget(),
                    stage, () -> since(book.spacedSentAt.get(key), skill.lastReviewAt()),
                    () -> since(book.feedbackFocusAt.get(key), skill.lastReviewAt()));
            if (withdrawal.isPresent()) {
                return;
            }
            boolean quizzing = stage == TrainingStage.QUIZZING;
            Instant doneAt = unit.map(u -> u.doneAt).orElse(null);
            Instant from = quizzing && doneAt.isAfter(skill.lastReviewAt()) ? doneAt : skill.lastReviewAt();
            NudgeRules.Reinforcement due = rules.nudges().reinforcement(from, skill.memory().stability(), now, rep.calendar());
            LocalDate day = rep.calendar().workingDay(due.timing().dueAt());
            if (book.spacedDays.getOrDefault(key, Set.of()).contains(day)) {
                return;
            }
            book.pending.add(new SuiteBook.Planned(quizzing ? Kind.QUIZ : Kind.REINFORCEMENT, key, true, null,
                    due.timing().dueAt(), due.timing().expiresAt()));
        });
    }

    private static boolean since(Instant at, Instant since) {
        return at != null && !at.isBefore(since);
    }
}
