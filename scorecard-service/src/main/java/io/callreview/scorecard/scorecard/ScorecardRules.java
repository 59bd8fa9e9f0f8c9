package io.callreview.scorecard.scorecard;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.CallWindow;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.domain.Precondition;
import io.callreview.scorecard.domain.RequiredSpeaker;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules a scorecard must keep beyond field validation. */
public final class ScorecardRules {

    public static final int MAX_BEHAVIOURS = 9;

    private ScorecardRules() {
    }

    public static void check(List<Behaviour> behaviours) {
        if (behaviours.isEmpty()) {
            throw ApiException.unprocessable("behaviours", "a scorecard needs at least one key behaviour");
        }
        if (behaviours.size() > MAX_BEHAVIOURS) {
            throw ApiException.unprocessable("behaviours", "a scorecard holds at most " + MAX_BEHAVIOURS
                    + " key behaviours, not " + behaviours.size() + ": keep the few behaviours that make the biggest"
                    + " difference to the outcome of this call type, so reps and coaches can focus on them");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < behaviours.size(); i++) {
            Behaviour behaviour = behaviours.get(i);
            String path = "behaviours[" + i + "]";
            if (!keys.add(behaviour.key())) {
                throw ApiException.unprocessable(path + ".key", "behaviour key '" + behaviour.key() + "' appears more than once");
            }
            CallWindow window = behaviour.detection().window();
            if (window.fromPct() >= window.toPct()) {
                throw ApiException.unprocessable(path + ".detection.window",
                        "fromPct (" + window.fromPct() + ") must be below toPct (" + window.toPct() + ")");
            }
            if (behaviour.detection().applicableWhen() != null && !behaviour.naAllowed()) {
                throw ApiException.unprocessable(path + ".detection.applicableWhen",
                        "a precondition only makes sense for a behaviour that allows N/A: set naAllowed to true");
            }
            checkSignals(path + ".detection", behaviour.detection());
            if (window.firstMinutes() != null && window.lastMinutes() != null) {
                throw ApiException.unprocessable(path + ".detection.window",
                        "set firstMinutes or lastMinutes, not both");
            }
        }
    }

    private static void checkSignals(String path, DetectionRule rule) {
        if (rule.phrases().isEmpty() && rule.examples().isEmpty()) {
            throw ApiException.badRequest(path + ".phrases", "give phrases, examples or both: the grader needs something to recognise");
        }
        if (!rule.examples().isEmpty() && rule.examples().size() < DetectionRule.MIN_EXAMPLES) {
            throw ApiException.badRequest(path + ".examples", "give at least " + DetectionRule.MIN_EXAMPLES
                    + " examples, worded differently, so the grader learns the meaning rather than one sentence");
        }
        checkCounterExamples(path, rule.examples(), rule.counterExamples());
        if (rule.buildsOnProspect() && rule.examples().isEmpty()) {
            throw ApiException.badRequest(path + ".buildsOnProspect", "works with examples: add examples, or set it to false");
        }
        if (rule.buildsOnProspect() && rule.speaker() != RequiredSpeaker.REP) {
            throw ApiException.badRequest(path + ".buildsOnProspect", "only a rep's sentence can build on what the prospect"
                    + " said: set speaker to REP, or buildsOnProspect to false");
        }
        checkMoment(path + ".applicableWhen", rule.applicableWhen());
        checkMoment(path + ".before", rule.before());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rule.examples().size(); i++) {
            if (!seen.add(normalised(rule.examples().get(i)))) {
                throw ApiException.badRequest(path + ".examples[" + i + "]", "is listed twice");
            }
        }
    }

    /** A moment the grader recognises in the call (a precondition, the end of a behaviour's window), when there is one. */
    private static void checkMoment(String path, Precondition moment) {
        if (moment == null) {
            return;
        }
        if (moment.phrases().isEmpty() && moment.examples().isEmpty()) {
            throw ApiException.badRequest(path + ".phrases", "give phrases, examples or both");
        }
        checkCounterExamples(path, moment.examples(), moment.counterExamples());
    }

    private static void checkCounterExamples(String path, List<String> examples, List<String> counterExamples) {
        if (!counterExamples.isEmpty() && examples.isEmpty()) {
            throw ApiException.badRequest(path + ".counterExamples", "counter-examples only sharpen examples: add examples too");
        }
        Set<String> seen = new HashSet<>();
        examples.forEach(example -> seen.add(normalised(example)));
        for (int i = 0; i < counterExamples.size(); i++) {
            if (seen.contains(normalised(counterExamples.get(i)))) {
                throw ApiException.badRequest(path + ".counterExamples[" + i + "]", "is also an example");
            }
        }
    }

    private static String normalised(String sentence) {
        return sentence.strip().toLowerCase(Locale.ROOT);
    }
}
