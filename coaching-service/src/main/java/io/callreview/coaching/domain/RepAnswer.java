package io.callreview.coaching.domain;

import io.callreview.coaching.rules.Fsrs;
import io.callreview.events.RepResponse;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A rep's answer to a nudge: an acknowledgement, whether they believe they did the behaviour, what made it work (a
 * reflection), or a quiz answer. Reflections and quiz answers are graded as memory reviews when they arrive.
 */
@Entity
@Table(name = "rep_response")
public class RepAnswer extends PanacheEntityBase {

    @Id
    @Column(name = "response_id")
    public String responseId;

    @Column(name = "nudge_id", nullable = false)
    public String nudgeId;

    @Column(name = "rep_id", nullable = false)
    public String repId;

    @Column(name = "behaviour_key")
    public String behaviourKey;

    @Column(name = "call_id")
    public String callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RepResponse.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_assessment")
    public RepResponse.SelfAssessment selfAssessment;

    /** The guidance point or quiz option picked. */
    public String choice;

    /** A reflection in the rep's own words. */
    @Column(name = "answer_text")
    public String text;

    /** How a quiz or reflection answer counts as a memory review; null for other answers. */
    @Enumerated(EnumType.STRING)
    public Fsrs.Grade grade;

    @Column(name = "responded_at", nullable = false)
    public Instant respondedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The grades of the rep's quiz answers on a behaviour since an instant, oldest first. */
    public static List<Fsrs.Grade> quizGradesSince(String repId, String behaviourKey, Instant since) {
        return RepAnswer.<RepAnswer>list("repId = ?1 AND behaviourKey = ?2 AND kind = ?3 AND grade IS NOT NULL"
                        + " AND respondedAt >= ?4 ORDER BY respondedAt, responseId", repId, behaviourKey, RepResponse.Kind.QUIZ_ANSWER, since)
                .stream().map(a -> a.grade).toList();
    }

    /** The rep's answers about any of the behaviours, oldest first. */
    @SuppressWarnings("unchecked")
    public static List<RepAnswer> aboutAny(String repId, Collection<String> behaviourKeys) {
        // SQL: Hibernate would translate a query with a list parameter again for every scored call
        return behaviourKeys.isEmpty() ? List.of() : getEntityManager()
                .createNativeQuery("SELECT * FROM rep_response WHERE rep_id = ?1 AND behaviour_key IN (?2)"
                        + " ORDER BY responded_at, response_id", RepAnswer.class)
                .setParameter(1, repId)
                .setParameter(2, behaviourKeys)
                .getResultList();
    }
}
