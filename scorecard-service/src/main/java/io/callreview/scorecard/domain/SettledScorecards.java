package io.callreview.scorecard.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scorecard versions that calls, scores and reviews refer to, read once per process. Those are never drafts
 * (ingestion pins the published version, reviews refuse drafts), and a version that is no longer a draft never
 * changes: editing it starts the next draft. So every instance may keep them, and grading a call reads neither the
 * version nor its behaviours again.
 */
@ApplicationScoped
public class SettledScorecards {

    /** A handful of versions per call type; the bound only guards against a runaway. */
    private static final int LIMIT = 10_000;

    /** What a settled version says: its call type, its number and its behaviours, in scorecard order and by key. */
    public record Settled(long id, String callTypeKey, int version, List<Behaviour> behaviours, Map<String, Behaviour> byKey) {
    }

    private final Map<Long, Settled> byId = new ConcurrentHashMap<>();

    /** The version a call, score or review refers to; read from the database only the first time. */
    public Settled of(ScorecardVersion referenced) {
        Long id = (Long) ScorecardVersion.getEntityManager().getEntityManagerFactory().getPersistenceUnitUtil()
                .getIdentifier(referenced);
        Settled known = byId.get(id);
        if (known != null) {
            return known;
        }
        if (referenced.status == ScorecardStatus.DRAFT) {
            throw new IllegalStateException("scorecard version " + id + " is a draft: calls and scores never refer to one");
        }
        Map<String, Behaviour> byKey = Collections.unmodifiableMap(referenced.behavioursByKey());
        Settled read = new Settled(id, referenced.callType.key, referenced.version, List.copyOf(byKey.values()), byKey);
        if (byId.size() >= LIMIT) {
            byId.clear();
        }
        byId.put(id, read);
        return read;
    }
}
