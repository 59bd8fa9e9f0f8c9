package io.callreview.scorecard.call;

import io.callreview.platform.problem.ApiException;
import io.callreview.platform.query.Conditions;
import io.callreview.platform.query.Paging;
import io.callreview.platform.security.CurrentUser;
import io.callreview.scorecard.access.Visibility;
import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.roster.RosterRep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads calls and their scores under object-level authorization: admins see every call, coaches the calls of
 * their teams, reps their own. Any other call answers 404, exactly like one that does not exist.
 */
@ApplicationScoped
public class CallQueryService {

    public static final int MAX_PAGE_SIZE = 100;

    /** Filters of the call list; any may be null. */
    public record Filter(String repId, String teamId, String callType, Instant from, Instant to, CallStatus status) {
    }

    @Inject
    CurrentUser user;

    /** Page-number pages count the matching calls up to this many, or as far as the page reaches, whichever is more. */
    @ConfigProperty(name = "callreview.calls.counted-up-to", defaultValue = "10000")
    int countedUpTo;

    @Transactional
    public CallView get(String id) {
        SalesCall call = visible(id);
        return CallViews.call(call, CallTranscript.findById(call.id), ScoreRevision.latest(call).orElse(null));
    }

    @Transactional
    public ScoreView latestScore(String id) {
        SalesCall call = visible(id);
        return ScoreRevision.latest(call).map(CallViews::score)
                .orElseThrow(() -> new ApiException(404, "not-graded-yet", "Not graded yet", "call " + id + " is "
                        + call.status + ": its automatic grade is on the way, usually within seconds", List.of()));
    }

    @Transactional
    public List<ScoreView> scores(String id) {
        return ScoreRevision.listFor(visible(id)).stream().map(CallViews::score).toList();
    }

    @Transactional
    public TranscriptView transcript(String id) {
        return CallViews.transcript(CallTranscript.findById(visible(id).id));
    }

    /**
     * A page of calls: by page number, or after a cursor (then without a total: counting would cost what the
     * cursor saves). Either way with the cursor of the following page when this one is full.
     */
    @Transactional
    public CallPage list(Filter filter, int page, int size, String cursor) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        CallCursor after = CallCursor.decode(cursor);
        if (after != null && page != 0) {
            throw ApiException.badRequest("page", "cannot be combined with cursor: a cursor says where the page starts");
        }
        Conditions where = new Conditions();
        if (!Visibility.restrict(where, user)) {
            return new CallPage(List.of(), page, size, after == null ? 0L : null, after == null ? Boolean.TRUE : null, null, null);
        }
        where.add("repId = :repId", "repId", filter.repId())
                .add("teamId = :teamId", "teamId", filter.teamId())
                .add("callType.key = :callType", "callType", filter.callType())
                .add("startedAt >= :from", "from", filter.from())
                .add("startedAt < :to", "to", filter.to())
                .add("status = :status", "status", filter.status());
        if (after != null) {
            where.require("(startedAt < :cursorAt OR (startedAt = :cursorAt AND id > :cursorId))",
                    Map.of("cursorAt", after.startedAt(), "cursorId", after.id()));
        }
        String query = where.query("startedAt DESC, id");
        Long total = null;
        Boolean exact = null;
        if (after == null) {
            // A count reads every call it counts (an exact total of a million calls cost the first page about a
            // second), so it counts only when no call lies past the limit, which one id there tells.
            long countUpTo = Math.max(countedUpTo, (long) (page + 1) * size);
            exact = idsFrom(query, where.params(), countUpTo, 1).isEmpty();
            total = exact ? SalesCall.find(query, where.params()).count() : countUpTo;
        }
        List<SalesCall> found = page(query, where.params(), page, size);
        Map<String, String> names = RosterRep.displayNames(found.stream().map(call -> call.repId).toList());
        List<CallPage.CallSummary> items = found.stream()
                .map(call -> CallViews.summary(call, ScoreRevision.latest(call).orElse(null), names.get(call.repId)))
                .toList();
        SalesCall last = found.size() == size ? found.get(size - 1) : null;
        return new CallPage(items, page, size, total, exact, last == null ? null : new CallCursor(last.startedAt, last.id).encode(), null);
    }

    /**
     * The calls of one page, found in two steps: their ids first, which the (start DESC, id) indexes answer alone
     * however deep the page (left to itself, the planner read and sorted every call for a page 10,000 calls down),
     * then those calls by id, in that order.
     */
    private static List<SalesCall> page(String query, Map<String, Object> params, int page, int size) {
        List<String> idsOfPage = idsFrom(query, params, (long) page * size, size);
        if (idsOfPage.isEmpty()) {
            return List.of();
        }
        Map<String, SalesCall> byId = SalesCall.<SalesCall>list("id IN ?1", idsOfPage).stream()
                .collect(Collectors.toMap(call -> call.id, call -> call));
        return idsOfPage.stream().map(byId::get).toList();
    }

    /** Up to {@code limit} ids of the calls the query finds, in its order, skipping the first {@code offset}. */
    private static List<String> idsFrom(String query, Map<String, Object> params, long offset, int limit) {
        String hql = "SELECT id FROM SalesCall" + (query.startsWith("ORDER BY") ? " " : " WHERE ") + query;
        TypedQuery<String> ids = SalesCall.getEntityManager().createQuery(hql, String.class);
        params.forEach(ids::setParameter);
        return ids.setFirstResult(Math.toIntExact(offset)).setMaxResults(limit).getResultList();
    }

    private SalesCall visible(String id) {
        SalesCall call = SalesCall.findById(id);
        if (call == null) {
            throw ApiException.notFound("call", id);
        }
        user.requireRep("call", id, call.repId, call.teamId);
        return call;
    }
}
