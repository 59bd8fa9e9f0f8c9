package io.callreview.notification.inbox;

import io.callreview.events.RepResponse;
import io.callreview.notification.domain.Nudge;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A rep's answer to a nudge: at most one of each kind (acknowledgement, self-assessment, reflection, quiz answer). */
@Entity
@Table(name = "rep_response")
public class NudgeResponse extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "response_id", nullable = false, updatable = false)
    public String responseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nudge_ref", nullable = false, updatable = false)
    public Nudge nudge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RepResponse.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_assessment", updatable = false)
    public RepResponse.SelfAssessment selfAssessment;

    /** The choice picked in a reflection or quiz. */
    @Column(updatable = false)
    public String choice;

    /** A reflection in the rep's own words. */
    @Column(name = "answer_text", updatable = false)
    public String text;

    @Column(name = "responded_at", nullable = false, updatable = false)
    public Instant respondedAt;

    /** The answer in words, for a refusal to change it. */
    public String describe() {
        return switch (kind) {
            case ACKNOWLEDGED -> "acknowledged";
            case SELF_ASSESSMENT -> String.valueOf(selfAssessment);
            case REFLECTION, QUIZ_ANSWER -> choice != null ? "'" + choice + "'" : "in the rep's own words";
        };
    }

    public static Optional<NudgeResponse> find(Nudge nudge, RepResponse.Kind kind) {
        return find("nudge = ?1 and kind = ?2", nudge, kind).firstResultOptional();
    }

    @SuppressWarnings("unchecked")
    public static List<NudgeResponse> forNudges(List<Nudge> nudges) {
        // SQL: Hibernate would translate a query with a list parameter again on every inbox page
        return nudges.isEmpty() ? List.of() : getEntityManager()
                .createNativeQuery("SELECT * FROM rep_response WHERE nudge_ref IN (?1) ORDER BY id", NudgeResponse.class)
                .setParameter(1, nudges.stream().map(n -> n.id).toList())
                .getResultList();
    }
}
