package io.callreview.notification.inbox;

import io.callreview.notification.domain.Nudge;
import io.callreview.platform.problem.ApiException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class InboxService {

    private static final String IN_INBOX = "repId = :rep and inInbox = true";
    /** Not read, and neither expired nor corrected by a later nudge. */
    private static final String NOT_READ_NOR_EXPIRED =
            "readAt is null and revisedBy is null and (expiresAt is null or expiresAt > :now)";
    private static final String UNREAD = IN_INBOX + " and " + NOT_READ_NOR_EXPIRED;

    @Inject
    Clock clock;

    @Transactional
    public InboxPage page(String repId, int page, int size, boolean unreadOnly) {
        Instant now = clock.instant();
        var query = unreadOnly
                ? Nudge.<Nudge>find(UNREAD, Sort.descending("receivedAt", "id"), Parameters.with("rep", repId).and("now", now))
                : Nudge.<Nudge>find(IN_INBOX, Sort.descending("receivedAt", "id"), Parameters.with("rep", repId));
        List<Nudge> nudges = query.page(Page.of(page, size)).list();
        Map<Long, List<NudgeResponse>> responses = NudgeResponse.forNudges(nudges).stream()
                .collect(Collectors.groupingBy(r -> r.nudge.id));
        List<InboxItem> items = nudges.stream()
                .map(n -> InboxViews.item(n, responses.getOrDefault(n.id, List.of()), now))
                .toList();
        Counts counts = counts(repId, now);
        return new InboxPage(items, page, size, unreadOnly ? counts.unread() : counts.inInbox(), counts.unread());
    }

    private record Counts(long inInbox, long unread) {
    }

    /** Both counts of a rep's inbox: every app refresh asks for them. */
    private static Counts counts(String repId, Instant now) {
        return new Counts(count(IN_INBOX, Parameters.with("rep", repId)), count(UNREAD, Parameters.with("rep", repId).and("now", now)));
    }

    /**
     * A count whose plan Hibernate keeps: Panache's count() derives a query it translates again on every call, and so
     * did one statement for both counts, with the time in its select list.
     */
    private static long count(String where, Parameters parameters) {
        var query = Nudge.getEntityManager().createQuery("SELECT COUNT(*) FROM Nudge WHERE " + where, Long.class);
        parameters.map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Transactional
    public InboxItem item(String repId, String nudgeId) {
        Nudge nudge = ownNudge(repId, nudgeId);
        return InboxViews.item(nudge, NudgeResponse.forNudges(List.of(nudge)), clock.instant());
    }

    @Transactional
    public long unread(String repId) {
        return count(UNREAD, Parameters.with("rep", repId).and("now", clock.instant()));
    }

    /** Idempotent: reading a read nudge keeps the first time. */
    @Transactional
    public void markRead(String repId, String nudgeId) {
        Nudge nudge = ownNudge(repId, nudgeId);
        if (nudge.readAt == null) {
            nudge.readAt = clock.instant();
        }
    }

    @Transactional
    public int markAllRead(String repId) {
        return Nudge.update("readAt = :now where " + IN_INBOX + " and readAt is null",
                Parameters.with("now", clock.instant()).and("rep", repId));
    }

    /** A nudge of this rep; any other id, including another rep's nudge, is not found. */
    public static Nudge ownNudge(String repId, String nudgeId) {
        return Nudge.findByNudgeId(nudgeId)
                .filter(n -> n.repId.equals(repId))
                .orElseThrow(() -> ApiException.notFound("nudge", nudgeId));
    }
}
