package io.callreview.platform.audit;

import io.callreview.platform.query.Conditions;
import io.callreview.platform.query.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Reads the audit log for admins, newest first. */
@ApplicationScoped
public class AuditQueryService {

    public static final int MAX_PAGE_SIZE = 200;

    /** Filters; any may be null. */
    public record Filter(String entityType, String entityId, String callId, String actorId, String action,
                         Instant since, Instant until) {
    }

    @Transactional
    public AuditEntryView.Page list(Filter filter, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        Conditions where = new Conditions()
                .add("entityType = :entityType", "entityType", filter.entityType())
                .add("entityId = :entityId", "entityId", filter.entityId())
                .add("callId = :callId", "callId", filter.callId())
                .add("actorId = :actorId", "actorId", filter.actorId())
                .add("action = :action", "action", filter.action())
                .add("occurredAt >= :since", "since", filter.since())
                .add("occurredAt < :until", "until", filter.until());
        PanacheQuery<AuditEntry> entries = AuditEntry.find(where.query("id DESC"), where.params());
        List<AuditEntryView> items = entries.page(Page.of(page, size)).list().stream().map(AuditEntryView::of).toList();
        return new AuditEntryView.Page(items, page, size, entries.count());
    }
}
