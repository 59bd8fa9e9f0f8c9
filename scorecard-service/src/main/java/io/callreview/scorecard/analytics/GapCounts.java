package io.callreview.scorecard.analytics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What top gaps add up, whether read call by call or from the tallies: per behaviour the decided and missed verdicts
 * and the points the misses cost their calls; the calls with a decided behaviour and their scores. A behaviour is
 * described (weight, critical, question) as in the newest scorecard version that graded it in the period.
 */
final class GapCounts {

    /** One verdict of a call's latest score, with its behaviour as the score's scorecard version defines it. */
    record CallVerdict(String behaviour, String verdict, double weight, boolean critical, String question, long versionId) {
    }

    private static final class Behaviour {
        long versionId = Long.MIN_VALUE;
        String question;
        double weight;
        boolean critical;
        long decided;
        long missed;
        double lostPoints;

        void describe(long scorecardVersionId, double weight, boolean critical, String question) {
            if (scorecardVersionId > versionId) {
                versionId = scorecardVersionId;
                this.weight = weight;
                this.critical = critical;
                this.question = question;
            }
        }
    }

    private final Map<String, Behaviour> behaviours = new HashMap<>();
    private long scoredCalls;
    private double scoreSum;

    /** One call's latest verdicts: a MISSED behaviour of weight w out of D decided weight costs it 100 * w / D points. */
    void addCall(List<CallVerdict> call) {
        call.forEach(v -> behaviour(v.behaviour()).describe(v.versionId(), v.weight(), v.critical(), v.question()));
        double decidedWeight = call.stream().filter(v -> decided(v.verdict())).mapToDouble(CallVerdict::weight).sum();
        if (decidedWeight == 0) {
            return;
        }
        scoredCalls++;
        scoreSum += 100 * call.stream().filter(v -> "MET".equals(v.verdict())).mapToDouble(CallVerdict::weight).sum() / decidedWeight;
        for (CallVerdict v : call) {
            Behaviour behaviour = behaviour(v.behaviour());
            if (decided(v.verdict())) {
                behaviour.decided++;
            }
            if ("MISSED".equals(v.verdict())) {
                behaviour.missed++;
                behaviour.lostPoints += 100 * v.weight() / decidedWeight;
            }
        }
    }

    /** Counts of one behaviour and scorecard version from the verdict tallies. */
    void addTallied(String behaviourKey, long versionId, double weight, boolean critical, String question, long decided,
                    long missed, double lostPoints) {
        Behaviour behaviour = behaviour(behaviourKey);
        behaviour.describe(versionId, weight, critical, question);
        behaviour.decided += decided;
        behaviour.missed += missed;
        behaviour.lostPoints += lostPoints;
    }

    /** Calls with a decided behaviour and the sum of their scores, from the score tallies. */
    void addScores(long calls, double sum) {
        scoredCalls += calls;
        scoreSum += sum;
    }

    int calls() {
        return (int) scoredCalls;
    }

    Double averageScore() {
        return scoredCalls == 0 ? null : Math.round(10 * scoreSum / scoredCalls) / 10.0;
    }

    /** The behaviours missed at least once, the most points first, then critical ones, then by key. */
    List<GapsView.Gap> largest(int limit) {
        return behaviours.entrySet().stream()
                .filter(e -> e.getValue().missed > 0)
                .map(e -> {
                    Behaviour b = e.getValue();
                    return new GapsView.Gap(e.getKey(), b.question, b.weight, b.critical, b.decided, b.missed,
                            AdherenceAnalytics.rate(b.missed, b.decided), Math.round(10 * b.lostPoints / scoredCalls) / 10.0,
                            b.critical ? b.missed : 0);
                })
                .sorted(Comparator.comparingDouble(GapsView.Gap::pointsIfFixed).reversed()
                        .thenComparing(GapsView.Gap::critical, Comparator.reverseOrder())
                        .thenComparing(GapsView.Gap::behaviourKey))
                .limit(limit)
                .toList();
    }

    private Behaviour behaviour(String key) {
        return behaviours.computeIfAbsent(key, k -> new Behaviour());
    }

    private static boolean decided(String verdict) {
        return "MET".equals(verdict) || "MISSED".equals(verdict);
    }
}
