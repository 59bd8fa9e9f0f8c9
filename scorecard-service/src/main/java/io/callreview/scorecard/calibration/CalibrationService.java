package io.callreview.scorecard.calibration;

import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.persistence.RowLocks;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.problem.Problem;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.roster.Roster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Calibration sessions. A coach (or admin) names calls of one call type they can see, the coaches who rate them and
 * optionally the behaviours; each named coach rates blind: while the session is open nobody, admins included, sees
 * another coach's verdicts, only how far each has got. Its creator (or an admin) closes it; then every verdict and
 * the agreement per behaviour are visible to the creator, the coaches and admins. Anyone else gets 404.
 */
@ApplicationScoped
public class CalibrationService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Roster roster;

    @Transactional
    public CalibrationView create(CalibrationRequest request) {
        List<SalesCall> calls = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.callIds().size(); i++) {
            String callId = request.callIds().get(i).strip();
            SalesCall call = SalesCall.findById(callId);
            if (call == null || !user.maySeeTeam(call.teamId)) {
                throw new ApiException(404, "not-found", "call not found", "call '" + callId + "' does not exist",
                        List.of(new Problem.FieldError("callIds[" + i + "]", "no such call")));
            }
            if (!seen.add(callId)) {
                throw ApiException.badRequest("callIds[" + i + "]", "call '" + callId + "' is listed twice");
            }
            call.refuseWhenSetAside("callIds[" + i + "]", "calibrating it");
            if (!calls.isEmpty() && !calls.get(0).callType.id.equals(call.callType.id)) {
                throw ApiException.unprocessable("callIds[" + i + "]", "a session calibrates one call type: this call is '"
                        + call.callType.key + "', the first is '" + calls.get(0).callType.key + "'");
            }
            calls.add(call);
        }
        Set<String> teams = new TreeSet<>(calls.stream().map(call -> call.teamId).toList());
        Set<String> coaches = new LinkedHashSet<>();
        for (int i = 0; i < request.coachIds().size(); i++) {
            String coach = request.coachIds().get(i).strip();
            if (!coaches.add(coach)) {
                throw ApiException.badRequest("coachIds[" + i + "]", "coach '" + coach + "' is listed twice");
            }
            checkCoaches(coach, teams, "coachIds[" + i + "]");
        }
        List<String> behaviourKeys = behaviourKeys(calls, request.behaviourKeys());

        CalibrationSession session = new CalibrationSession();
        session.id = UUID.randomUUID().toString();
        session.name = request.name().strip();
        session.callType = calls.get(0).callType;
        session.status = CalibrationStatus.OPEN;
        session.callIds.addAll(calls.stream().map(c -> c.id).toList());
        session.coachIds.addAll(coaches);
        session.behaviourKeys = behaviourKeys;
        session.createdBy = user.id();
        session.createdAt = clock.instant();
        session.persist();
        audit.record(AuditAction.CALIBRATION_CREATED, AuditEntities.CALIBRATION, session.id, AuditLog.details(
                "calls", session.callIds, "coaches", List.copyOf(coaches), "behaviours", behaviourKeys));
        return viewForCaller(session);
    }

    /** Participants see the session's calls: only coaches of their team (by the roster) may be named, and the admin creating it. */
    private void checkCoaches(String coach, Set<String> teams, String field) {
        if (user.isAdmin() && coach.equals(user.id())) {
            return;
        }
        for (String team : teams) {
            if (!roster.coaches(coach, team)) {
                throw ApiException.unprocessable(field, "'" + coach + "' does not coach team '" + team
                        + "' in the roster, so may not see its calls (PUT /api/roster/coaches/{coachId} sets a coach's teams)");
            }
        }
    }

    @Transactional
    public List<CalibrationView> mine() {
        List<CalibrationSession> sessions = CalibrationSession.list(
                "SELECT DISTINCT s FROM CalibrationSession s LEFT JOIN s.coachIds c WHERE s.createdBy = ?1 OR c = ?1"
                        + " ORDER BY s.createdAt DESC, s.id", user.id());
        return sessions.stream().map(this::viewForCaller).toList();
    }

    @Transactional
    public CalibrationView get(String id) {
        return viewForCaller(visible(id));
    }

    @Transactional
    public CalibrationView rate(String id, RatingsRequest request) {
        CalibrationSession session = visible(id);
        if (!session.coachIds.contains(user.id())) {
            throw new ApiException(403, "forbidden", "Forbidden", "only the coaches named in the session rate in it", List.of());
        }
        lock(session);
        if (session.status != CalibrationStatus.OPEN) {
            throw ApiException.conflict("id", "the session is closed: ratings can no longer change");
        }
        Map<String, Map<String, Behaviour>> behavioursByCall = behavioursByCall(session);
        Set<String> seen = new HashSet<>();
        Instant now = clock.instant();
        List<CalibrationRating> ratings = new ArrayList<>();
        for (int i = 0; i < request.ratings().size(); i++) {
            RatingsRequest.Rating rating = request.ratings().get(i);
            String field = "ratings[" + i + "]";
            Map<String, Behaviour> behaviours = behavioursByCall.get(rating.callId());
            if (behaviours == null) {
                throw ApiException.badRequest(field + ".callId", "call '" + rating.callId() + "' is not in this session");
            }
            Behaviour behaviour = behaviours.get(rating.behaviourKey());
            if (behaviour == null || !session.behaviourKeys.contains(rating.behaviourKey())) {
                throw ApiException.badRequest(field + ".behaviourKey", "'" + rating.behaviourKey()
                        + "' is not calibrated in this session (" + String.join(", ", session.behaviourKeys) + ")");
            }
            if (!seen.add(rating.callId() + "/" + rating.behaviourKey())) {
                throw ApiException.badRequest(field, "this call and behaviour are rated twice");
            }
            behaviour.coachVerdictError(rating.verdict()).ifPresent(error -> {
                throw ApiException.badRequest(field + ".verdict", error);
            });
            CalibrationRating stored = new CalibrationRating();
            stored.sessionId = session.id;
            stored.coachId = user.id();
            stored.callId = rating.callId();
            stored.behaviourKey = rating.behaviourKey();
            stored.verdict = rating.verdict();
            stored.ratedAt = now;
            ratings.add(stored);
        }
        CalibrationRating.delete("sessionId = ?1 AND coachId = ?2", session.id, user.id());
        CalibrationRating.getEntityManager().flush();
        CalibrationRating.persist(ratings);
        audit.record(AuditAction.CALIBRATION_RATED, AuditEntities.CALIBRATION, session.id, AuditLog.details(
                "ratings", ratings.size(), "expected", session.ratingsPerCoach()));
        return viewForCaller(session);
    }

    @Transactional
    public CalibrationView close(String id) {
        CalibrationSession session = visible(id);
        if (!user.isAdmin() && !session.createdBy.equals(user.id())) {
            throw new ApiException(403, "forbidden", "Forbidden", "only " + session.createdBy
                    + ", who created the session, or an admin closes it", List.of());
        }
        lock(session);
        if (session.status == CalibrationStatus.CLOSED) {
            throw ApiException.conflict("id", "the session was already closed at " + session.closedAt);
        }
        session.status = CalibrationStatus.CLOSED;
        session.closedBy = user.id();
        session.closedAt = clock.instant();
        Map<String, Long> rated = new LinkedHashMap<>();
        session.sortedCoachIds().forEach(coach -> rated.put(coach, CalibrationRating.count("sessionId = ?1 AND coachId = ?2", session.id, coach)));
        audit.record(AuditAction.CALIBRATION_CLOSED, AuditEntities.CALIBRATION, session.id, AuditLog.details(
                "ratingsPerCoach", rated, "expected", session.ratingsPerCoach()));
        return viewForCaller(session);
    }

    @Transactional
    public AgreementView agreement(String id) {
        CalibrationSession session = visible(id);
        if (session.status != CalibrationStatus.CLOSED) {
            throw ApiException.conflict("id", "answers stay blind until the session is closed: close it with"
                    + " POST /api/calibrations/" + session.id + "/close");
        }
        return CalibrationViews.agreement(session, CalibrationRating.of(session.id));
    }

    /** The behaviours asked for, or every behaviour the calls' scorecards share; each must be on every call's scorecard. */
    private static List<String> behaviourKeys(List<SalesCall> calls, List<String> requested) {
        List<Set<String>> perCall = calls.stream().map(c -> c.scorecard.behavioursByKey().keySet()).toList();
        if (requested == null || requested.isEmpty()) {
            List<String> shared = new ArrayList<>(perCall.get(0));
            perCall.forEach(shared::retainAll);
            if (shared.isEmpty()) {
                throw ApiException.unprocessable("callIds", "the calls' scorecard versions share no behaviour");
            }
            return shared;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String key = requested.get(i).strip();
            if (!perCall.stream().allMatch(set -> set.contains(key))) {
                throw ApiException.unprocessable("behaviourKeys[" + i + "]", "'" + key + "' is not on the scorecard of every call");
            }
            if (!keys.add(key)) {
                throw ApiException.badRequest("behaviourKeys[" + i + "]", "'" + key + "' is listed twice");
            }
        }
        return List.copyOf(keys);
    }

    private static Map<String, Map<String, Behaviour>> behavioursByCall(CalibrationSession session) {
        Map<String, Map<String, Behaviour>> byCall = new HashMap<>();
        for (String callId : session.callIds) {
            SalesCall call = SalesCall.findById(callId);
            byCall.put(callId, call.scorecard.behavioursByKey());
        }
        return byCall;
    }

    private CalibrationSession visible(String id) {
        CalibrationSession session = CalibrationSession.findById(id);
        if (session == null) {
            throw ApiException.notFound("calibration session", id);
        }
        if (!(user.isAdmin() || session.createdBy.equals(user.id()) || session.coachIds.contains(user.id()))) {
            throw ApiException.hidden("calibration session", id, "the caller neither created nor takes part in the session");
        }
        return session;
    }

    private static void lock(CalibrationSession session) {
        RowLocks.lock(CalibrationSession.getEntityManager(), session);
    }

    /** The session with its ratings as the caller may see them: their own while it is open, everyone's once closed. */
    private CalibrationView viewForCaller(CalibrationSession session) {
        return CalibrationViews.session(session, CalibrationRating.of(session.id), user.id());
    }
}
