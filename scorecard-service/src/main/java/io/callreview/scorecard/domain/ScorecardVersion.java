package io.callreview.scorecard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of a call type's scorecard. Scores pin the version they were graded against. */
@Entity
@Table(name = "scorecard_version")
public class ScorecardVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_type_id", nullable = false, updatable = false)
    public CallType callType;

    @Column(nullable = false, updatable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScorecardStatus status;

    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<BehaviourDefinition> behaviours = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Version
    public long revision;

    public static List<ScorecardVersion> listFor(CallType callType) {
        return list("callType = ?1 ORDER BY version", callType);
    }

    public static Optional<ScorecardVersion> findVersion(CallType callType, int version) {
        return find("callType = ?1 AND version = ?2", callType, version).firstResultOptional();
    }

    /** The version that grades new calls of the type, if one is published. */
    public static Optional<ScorecardVersion> findPublished(CallType callType) {
        return find("callType = ?1 AND status = ?2", callType, ScorecardStatus.PUBLISHED).firstResultOptional();
    }

    public static Optional<ScorecardVersion> findDraft(CallType callType) {
        return find("callType = ?1 AND status = ?2", callType, ScorecardStatus.DRAFT).firstResultOptional();
    }

    public static int nextVersionNumber(CallType callType) {
        Integer max = getEntityManager()
                .createQuery("SELECT MAX(s.version) FROM ScorecardVersion s WHERE s.callType = :type", Integer.class)
                .setParameter("type", callType)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public void replaceBehaviours(List<Behaviour> definitions) {
        behaviours.clear();
        getEntityManager().flush();
        for (int i = 0; i < definitions.size(); i++) {
            behaviours.add(BehaviourDefinition.of(this, i, definitions.get(i)));
        }
    }

    public List<Behaviour> behaviourValues() {
        return behaviours.stream().map(BehaviourDefinition::toValue).toList();
    }

    /** The behaviours by key, in scorecard order. */
    public Map<String, Behaviour> behavioursByKey() {
        return Behaviour.byKey(behaviourValues());
    }
}
