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

/** A rep's answer to a nudge: one acknowledgement and one self-assessment at most. */
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

    @Column(name = "responded_at", nullable = false, updatable = false)
    public Instant respondedAt;

    public static Optional<NudgeResponse> find(Nudge nudge, RepResponse.Kind kind) {
        return find("nudge = ?1 and kind = ?2", nudge, kind).firstResultOptional();
    }

    public static List<NudgeResponse> forNudges(List<Nudge> nudges) {
        return nudges.isEmpty() ? List.of() : list("nudge in ?1", nudges);
    }
}
