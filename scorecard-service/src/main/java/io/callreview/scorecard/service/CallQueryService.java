package io.callreview.scorecard.service;

import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import io.callreview.scorecard.api.CallPage;
import io.callreview.scorecard.api.CallView;
import io.callreview.scorecard.api.ScoreView;
import io.callreview.scorecard.api.TranscriptView;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads calls and their scores under object-level authorization: admins see every call, coaches the calls of
 * their teams, reps their own. Any other call answers 404, exactly like one that does not exist.
 */
@ApplicationScoped
public class CallQueryService {

    public static final int MAX_PAGE_SIZE = 100;

    /** Filters of the call list; any may be null. */
    public record Filter(String repId, String teamId, String callType, Instant from, Instant to) {
    }

    @Inject
    CurrentUser user;

    @Transactional
    public CallView get(String id) {
        return CallViews.call(visible(id));
    }

    @Transactional
    public ScoreView latestScore(String id) {
        SalesCall call = visible(id);
        return ScoreRevision.latest(call).map(CallViews::score)
                .orElseThrow(() -> ApiException.notFound("score of call", id));
    }

    @Transactional
    public List<ScoreView> scores(String id) {
        return ScoreRevision.listFor(visible(id)).stream().map(CallViews::score).toList();
    }

    @Transactional
    public TranscriptView transcript(String id) {
        SalesCall call = visible(id);
        CallTranscript transcript = CallTranscript.findById(call.id);
        return new TranscriptView(call.id, transcript.format, transcript.timingEstimated, transcript.wordCount,
                transcript.segments);
    }

    @Transactional
    public CallPage list(Filter filter, int page, int size) {
        if (page < 0) {
            throw ApiException.badRequest("page", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("size", "must be 1 to " + MAX_PAGE_SIZE);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!user.isAdmin()) {
            List<String> visibility = new ArrayList<>();
            if (user.is(Roles.COACH) && !user.teams().isEmpty()) {
                visibility.add("teamId IN :myTeams");
                params.put("myTeams", user.teams());
            }
            if (user.is(Roles.REP) && user.id() != null) {
                visibility.add("repId = :me");
                params.put("me", user.id());
            }
            if (visibility.isEmpty()) {
                return new CallPage(List.of(), page, size, 0);
            }
            where.add("(" + String.join(" OR ", visibility) + ")");
        }
        add(where, params, "repId = :repId", "repId", filter.repId());
        add(where, params, "teamId = :teamId", "teamId", filter.teamId());
        add(where, params, "callType.key = :callType", "callType", filter.callType());
        add(where, params, "startedAt >= :from", "from", filter.from());
        add(where, params, "startedAt < :to", "to", filter.to());
        String query = (where.isEmpty() ? "" : String.join(" AND ", where) + " ") + "ORDER BY startedAt DESC, id";
        PanacheQuery<SalesCall> calls = SalesCall.find(query, params);
        long total = calls.count();
        List<CallPage.CallSummary> items = calls.page(Page.of(page, size)).list().stream()
                .map(call -> CallViews.summary(call, ScoreRevision.latest(call).orElse(null)))
                .toList();
        return new CallPage(items, page, size, total);
    }

    private static void add(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    private SalesCall visible(String id) {
        SalesCall call = SalesCall.findById(id);
        if (call == null || !user.maySeeRep(call.repId, call.teamId)) {
            throw ApiException.notFound("call", id);
        }
        return call;
    }
}
