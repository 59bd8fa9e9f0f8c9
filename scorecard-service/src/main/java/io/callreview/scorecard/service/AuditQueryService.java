package io.callreview.scorecard.service;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.api.AuditEntryView;
import io.callreview.scorecard.domain.AuditAction;
import io.callreview.scorecard.domain.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit log for admins, newest first. */
@ApplicationScoped
public class AuditQueryService {

    public static final int MAX_PAGE_SIZE = 200;

    /** Filters; any may be null. */
    public record Filter(String entityType, String entityId, String callId, String actorId, AuditAction action,
                         Instant since, Instant until) {
    }

    @Transactional
    public AuditEntryView.Page list(Filter filter, int page, int size) {
        if (page < 0) {
            throw ApiException.badRequest("page", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("size", "must be 1 to " + MAX_PAGE_SIZE);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        add(where, params, "entityType = :entityType", "entityType", filter.entityType());
        add(where, params, "entityId = :entityId", "entityId", filter.entityId());
        add(where, params, "callId = :callId", "callId", filter.callId());
        add(where, params, "actorId = :actorId", "actorId", filter.actorId());
        add(where, params, "action = :action", "action", filter.action());
        add(where, params, "occurredAt >= :since", "since", filter.since());
        add(where, params, "occurredAt < :until", "until", filter.until());
        String query = (where.isEmpty() ? "" : String.join(" AND ", where) + " ") + "ORDER BY id DESC";
        PanacheQuery<AuditEntry> entries = AuditEntry.find(query, params);
        List<AuditEntryView> items = entries.page(Page.of(page, size)).list().stream().map(AuditQueryService::view).toList();
        return new AuditEntryView.Page(items, page, size, entries.count());
    }

    private static void add(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    private static AuditEntryView view(AuditEntry e) {
        List<String> roles = e.actorRoles == null || e.actorRoles.isBlank() ? List.of() : Arrays.asList(e.actorRoles.split(","));
        return new AuditEntryView(e.id, e.occurredAt, e.actorId, roles, e.action, e.entityType, e.entityId, e.callId,
                e.details == null ? Map.of() : e.details);
    }
}
