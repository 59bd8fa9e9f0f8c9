package io.callreview.scorecard.calibration;

import io.callreview.events.Verdict;
import io.callreview.scorecard.statistics.PanelAgreement;
import io.callreview.scorecard.support.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a calibration session and its ratings, as loaded, into what the calibrations API answers. */
final class CalibrationViews {

    private static final List<Verdict> CATEGORIES = List.of(Verdict.MET, Verdict.MISSED, Verdict.NOT_APPLICABLE);

    private CalibrationViews() {
    }

    /** Everyone's progress; the ratings of {@code viewerId} alone while the session is open, everyone's once closed. */
    static CalibrationView session(CalibrationSession session, List<CalibrationRating> ratings, String viewerId) {
        Map<String, Integer> progress = new HashMap<>();
        ratings.forEach(r -> progress.merge(r.coachId, 1, Integer::sum));
        boolean closed = session.status == CalibrationStatus.CLOSED;
        List<CalibrationView.RatingView> visible = ratings.stream()
                .filter(r -> closed || r.coachId.equals(viewerId))
                .map(r -> new CalibrationView.RatingView(r.coachId, r.callId, r.behaviourKey, r.verdict)).toList();
        List<CalibrationView.CoachProgress> coaches = session.sortedCoachIds().stream()
                .map(coach -> new CalibrationView.CoachProgress(coach, progress.getOrDefault(coach, 0), session.ratingsPerCoach()))
                .toList();
        return new CalibrationView(session.id, session.name, session.callType.key, session.status, session.createdBy,
                session.createdAt, session.closedAt, List.copyOf(session.callIds), List.copyOf(session.behaviourKeys),
                coaches, visible);
    }

    /**
     * Per behaviour, how the coaches who rated every call of the session agree (kappa, consensus, each coach's
     * deviation from it), and each coach's deviation over all behaviours.
     */
    static AgreementView agreement(CalibrationSession session, List<CalibrationRating> ratings) {
        Map<String, Map<String, Map<String, Verdict>>> byBehaviour = new HashMap<>();
        for (CalibrationRating r : ratings) {
            byBehaviour.computeIfAbsent(r.behaviourKey, k -> new HashMap<>())
                    .computeIfAbsent(r.coachId, k -> new HashMap<>()).put(r.callId, r.verdict);
        }
        List<String> sessionCoaches = session.sortedCoachIds();
        Map<String, int[]> overall = new LinkedHashMap<>();
        sessionCoaches.forEach(coach -> overall.put(coach, new int[3]));
        List<AgreementView.BehaviourAgreement> behaviours = new ArrayList<>();
        for (String key : session.behaviourKeys) {
            Map<String, Map<String, Verdict>> byCoach = byBehaviour.getOrDefault(key, Map.of());
            List<String> raters = new ArrayList<>();
            List<String> incomplete = new ArrayList<>();
            for (String coach : sessionCoaches) {
                Map<String, Verdict> mine = byCoach.getOrDefault(coach, Map.of());
                (session.callIds.stream().allMatch(mine::containsKey) ? raters : incomplete).add(coach);
            }
            if (raters.size() < 2) {
                behaviours.add(new AgreementView.BehaviourAgreement(key, session.callIds.size(), raters, incomplete,
                        null, null, null, Map.of(), List.of(), List.of()));
                continue;
            }
            List<List<Verdict>> matrix = raters.stream()
                    .map(coach -> session.callIds.stream().map(call -> byCoach.get(coach).get(call)).toList()).toList();
            PanelAgreement.Result<Verdict> result = PanelAgreement.of(matrix, CATEGORIES);
            List<AgreementView.CallConsensus> consensus = new ArrayList<>();
            for (int i = 0; i < session.callIds.size(); i++) {
                consensus.add(new AgreementView.CallConsensus(session.callIds.get(i), result.consensus().get(i)));
            }
            List<AgreementView.CoachDeviation> deviations = new ArrayList<>();
            for (int r = 0; r < raters.size(); r++) {
                PanelAgreement.Deviation d = result.deviations().get(r);
                int split = result.items() - d.compared();
                deviations.add(new AgreementView.CoachDeviation(raters.get(r), d.compared(), d.differing(), Numbers.finite(d.rate()),
                        split));
                int[] sum = overall.get(raters.get(r));
                sum[0] += d.compared();
                sum[1] += d.differing();
                sum[2] += split;
            }
            Map<Verdict, Double> categoryKappas = new LinkedHashMap<>();
            result.categoryKappas().forEach((verdict, kappa) -> categoryKappas.put(verdict, Numbers.finite(kappa)));
            behaviours.add(new AgreementView.BehaviourAgreement(key, result.items(), raters, incomplete,
                    Numbers.finite(result.percentAgreement()), Numbers.finite(result.kappa()), result.method(),
                    categoryKappas, consensus, deviations));
        }
        List<AgreementView.CoachDeviation> coaches = overall.entrySet().stream().map(e -> new AgreementView.CoachDeviation(
                e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[0] == 0 ? null : (double) e.getValue()[1] / e.getValue()[0], e.getValue()[2])).toList();
        return new AgreementView(session.id, behaviours, coaches);
    }
}
