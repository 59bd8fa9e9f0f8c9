package io.callreview.scorecard.grading;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.CallWindow;
import io.callreview.scorecard.domain.ConversationMetrics;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.domain.Precondition;
import io.callreview.scorecard.domain.RequiredSpeaker;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Transcript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades a transcript against the key behaviours of a scorecard, one detection rule at a time.
 *
 * <p>A sentence <em>matches</em> a rule when it contains one of the rule's phrases (or a synonym from the concept
 * map), after stemming. It <em>qualifies</em> when, in addition, its speaker has the rule's role, it starts inside
 * the rule's window and, for question rules, it is a question. The behaviour is MET when at least
 * {@code minCount} sentences qualify.
 *
 * <p>Confidence: a qualifying sentence counts 1.0 for the phrase itself, 0.8 for a synonym, times 0.5 when its
 * speaker could not be mapped to a role, times 0.85 when the timing was estimated and it lies near the window's
 * edge. MET takes the mean of the best {@code minCount}, plus 0.05 for every extra sentence. MISSED starts at
 * 0.95 and loses up to 0.3 for qualifying sentences short of {@code minCount}, 0.3 when a sentence failed only the
 * window or the question form (a near miss), and 0.4 when nobody of the rule's role spoke in the window at all
 * (a truncated transcript or an unmapped speaker). Below {@link GradingSettings#needsReviewBelow()} the verdict
 * is NEEDS_REVIEW.
 *
 * <p>NOT_APPLICABLE is only ever given to a behaviour that allows it and declares a precondition
 * ({@link DetectionRule#applicableWhen()}), when the behaviour is not met and nobody of the precondition's role
 * said any of its phrases. A behaviour that allows N/A without a precondition is graded MET or MISSED: only a
 * coach can judge it not applicable.
 *
 * <p>Pure Java and thread-safe, so it can be benchmarked and unit-tested without the service.
 */
public final class Grader {

    private static final double SYNONYM_QUALITY = 0.8;
    private static final double UNKNOWN_SPEAKER_FACTOR = 0.5;
    private static final double ESTIMATED_EDGE_FACTOR = 0.85;
    private static final double NOT_APPLICABLE_CONFIDENCE = 0.9;
    private static final int QUOTE_LIMIT = 280;

    private final TextAnalysis analysis;
    private final GradingSettings settings;

    public Grader(TextAnalysis analysis, GradingSettings settings) {
        this.analysis = analysis;
        this.settings = settings;
    }

    public Grade grade(Transcript transcript, List<Behaviour> behaviours, long callDurationMs) {
        IndexedTranscript indexed = new IndexedTranscript(transcript, analysis);
        long duration = Math.max(callDurationMs, transcript.endMs());
        List<BehaviourGrade> grades = new ArrayList<>(behaviours.size());
        for (Behaviour behaviour : behaviours) {
            grades.add(grade(indexed, behaviour, duration));
        }
        return Grade.of(grades, ConversationMeasures.of(indexed, duration));
    }

    /** A sentence that matched, how well, and the first token of the match (for the quote). */
    private record Candidate(Sentence sentence, double quality, int token) {
    }

    private record Match(double quality, int token) {
    }

    private BehaviourGrade grade(IndexedTranscript indexed, Behaviour behaviour, long duration) {
        DetectionRule rule = behaviour.detection();
        boolean estimated = indexed.transcript().timingEstimated();
        List<Candidate> qualifying = new ArrayList<>();
        List<Candidate> nearMisses = new ArrayList<>();
        matches(indexed, rule.phrases()).forEach((index, match) -> {
            Sentence sentence = indexed.sentences().get(index);
            Fit fit = fit(rule.speaker(), sentence.role());
            if (fit == Fit.WRONG) {
                return;
            }
            double quality = match.quality() * (fit == Fit.UNKNOWN ? UNKNOWN_SPEAKER_FACTOR : 1.0);
            boolean inWindow = inWindow(rule.window(), sentence, duration, estimated);
            boolean formOk = !rule.question() || sentence.question();
            if (inWindow && formOk) {
                if (estimated && nearEdge(rule.window(), sentence.startMs(), duration)) {
                    quality *= ESTIMATED_EDGE_FACTOR;
                }
                qualifying.add(new Candidate(sentence, quality, match.token()));
            } else if (inWindow || formOk) {
                nearMisses.add(new Candidate(sentence, quality, match.token()));
            }
        });
        qualifying.sort(Comparator.comparingDouble(Candidate::quality).reversed()
                .thenComparingLong(c -> c.sentence().startMs()));
        nearMisses.sort(Comparator.comparingDouble(Candidate::quality).reversed()
                .thenComparingLong(c -> c.sentence().startMs()));

        if (qualifying.size() >= rule.minCount()) {
            double mean = qualifying.subList(0, rule.minCount()).stream().mapToDouble(Candidate::quality).average().orElse(0);
            double confidence = Math.min(1.0, mean + 0.05 * (qualifying.size() - rule.minCount()));
            String why = qualifying.size() + " qualifying " + (qualifying.size() == 1 ? "sentence" : "sentences")
                    + " (" + rule.minCount() + " needed)";
            return decide(behaviour, Verdict.MET, confidence, evidence(qualifying), null, why);
        }

        Precondition precondition = rule.applicableWhen();
        List<Candidate> triggers = List.of();
        if (behaviour.naAllowed() && precondition != null) {
            triggers = triggers(indexed, precondition);
            if (triggers.isEmpty()) {
                return decide(behaviour, Verdict.NOT_APPLICABLE, NOT_APPLICABLE_CONFIDENCE, List.of(), null,
                        "its precondition never happened: nobody (" + precondition.speaker() + ") said "
                                + String.join(", ", precondition.phrases()));
            }
        }

        double confidence = 0.95 - 0.3 * qualifying.size() / rule.minCount();
        List<String> doubts = new ArrayList<>();
        if (!qualifying.isEmpty()) {
            doubts.add(qualifying.size() + " of " + rule.minCount() + " needed sentences qualified");
        }
        if (!nearMisses.isEmpty()) {
            confidence -= 0.3;
            doubts.add(nearMisses.size() + " near " + (nearMisses.size() == 1 ? "miss" : "misses")
                    + " outside the window or not asked as a question");
        }
        if (!spokeInWindow(indexed, rule, duration)) {
            confidence -= 0.4;
            doubts.add("nobody with the role " + rule.speaker() + " spoke in the window");
        }
        confidence = Math.max(0.05, Math.min(0.99, confidence));
        List<Candidate> shown = new ArrayList<>(triggers.subList(0, Math.min(1, triggers.size())));
        shown.addAll(qualifying);
        shown.addAll(nearMisses);
        Long expectedAt = triggers.isEmpty()
                ? windowStart(rule.window(), duration)
                : Long.valueOf(triggers.get(0).sentence().endMs());
        String why = doubts.isEmpty() ? "no sentence matched the rule" : String.join("; ", doubts);
        return decide(behaviour, Verdict.MISSED, confidence, evidence(shown), expectedAt, why);
    }

    private BehaviourGrade decide(Behaviour behaviour, Verdict verdict, double confidence, List<Evidence> evidence,
                                  Long expectedAt, String rationale) {
        double rounded = Math.round(confidence * 100) / 100.0;
        if (rounded < settings.needsReviewBelow()) {
            return new BehaviourGrade(behaviour, Verdict.NEEDS_REVIEW, rounded, evidence, expectedAt,
                    "leaning " + verdict + " with low confidence: " + rationale);
        }
        return new BehaviourGrade(behaviour, verdict, rounded, evidence, verdict == Verdict.MISSED ? expectedAt : null,
                rationale);
    }

    /** Sentence index to the best phrase match found in it. */
    private Map<Integer, Match> matches(IndexedTranscript indexed, List<String> phrases) {
        Map<Integer, Match> best = new HashMap<>();
        for (String phrase : phrases) {
            for (TextAnalysis.Alternative alternative : analysis.alternatives(phrase)) {
                double quality = alternative.direct() ? 1.0 : SYNONYM_QUALITY;
                for (IndexedTranscript.Hit hit : indexed.find(alternative.stems(), settings.phraseSlop())) {
                    best.merge(hit.sentence(), new Match(quality, hit.fromToken()),
                            (a, b) -> b.quality() > a.quality() ? b : a);
                }
            }
        }
        return best;
    }

    private List<Candidate> triggers(IndexedTranscript indexed, Precondition precondition) {
        List<Candidate> triggers = new ArrayList<>();
        matches(indexed, precondition.phrases()).forEach((index, match) -> {
            Sentence sentence = indexed.sentences().get(index);
            if (fit(precondition.speaker(), sentence.role()) != Fit.WRONG) {
                triggers.add(new Candidate(sentence, match.quality(), match.token()));
            }
        });
        triggers.sort(Comparator.comparingLong(c -> c.sentence().startMs()));
        return triggers;
    }

    /**
     * A sentence counts where it starts. With estimated timing (plain text) a sentence is placed only roughly,
     * so one that reaches into the window counts too.
     */
    private static boolean inWindow(CallWindow window, Sentence sentence, long duration, boolean estimated) {
        return window.contains(sentence.startMs(), duration)
                || (estimated && window.contains(Math.max(sentence.startMs(), sentence.endMs() - 1), duration));
    }

    private static boolean spokeInWindow(IndexedTranscript indexed, DetectionRule rule, long duration) {
        boolean estimated = indexed.transcript().timingEstimated();
        for (Sentence sentence : indexed.sentences()) {
            if (fit(rule.speaker(), sentence.role()) == Fit.MATCH && inWindow(rule.window(), sentence, duration, estimated)) {
                return true;
            }
        }
        return false;
    }

    private List<Evidence> evidence(List<Candidate> candidates) {
        return candidates.stream()
                .limit(settings.maxEvidence())
                .sorted(Comparator.comparingLong(c -> c.sentence().startMs()))
                .map(c -> new Evidence(c.sentence().startMs(), c.sentence().endMs(), c.sentence().speaker(),
                        c.sentence().quote(c.token(), QUOTE_LIMIT)))
                .toList();
    }

    private enum Fit { MATCH, UNKNOWN, WRONG }

    /** A speaker the participants list does not name may be the one the rule wants: counted, but with doubt. */
    private static Fit fit(RequiredSpeaker wanted, Role actual) {
        if (wanted.accepts(actual)) {
            return Fit.MATCH;
        }
        return actual == Role.UNKNOWN ? Fit.UNKNOWN : Fit.WRONG;
    }

    /** Where the window opens: the start of its share of the call, or of its last minutes. */
    static long windowStart(CallWindow window, long duration) {
        long start = duration * window.fromPct() / 100;
        if (window.lastMinutes() != null) {
            start = Math.max(start, duration - window.lastMinutes() * 60_000L);
        }
        return Math.max(0, start);
    }

    private static boolean nearEdge(CallWindow window, long atMs, long duration) {
        long margin = duration / 20;
        long end = duration * window.toPct() / 100;
        if (window.firstMinutes() != null) {
            end = Math.min(end, window.firstMinutes() * 60_000L);
        }
        long start = windowStart(window, duration);
        return (start > 0 && Math.abs(atMs - start) < margin) || (end < duration && Math.abs(atMs - end) < margin);
    }
}
