package io.callreview.coaching.domain;

import io.callreview.events.NudgeRequested.ActionType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A question a nudge asks the rep: which behaviour it is about, the concrete item it offers, and for a quiz the right
 * choice, which stays here. An answer arriving as {@code RepResponse} is read against it.
 */
@Entity
@Table(name = "nudge_prompt")
@IdClass(NudgePrompt.Key.class)
public class NudgePrompt extends PanacheEntityBase {

    /** Composite primary key. */
    public record Key(String nudgeId, ActionType actionType) implements Serializable {
    }

    @Id
    @Column(name = "nudge_id")
    public String nudgeId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "action_type")
    public ActionType actionType;

    @Column(name = "rep_id", nullable = false)
    public String repId;

    @Column(name = "behaviour_key", nullable = false)
    public String behaviourKey;

    /** Which concrete item (question, phrasing, peer moment) the nudge offers, so the next offers another. */
    @Column(name = "item_id")
    public String itemId;

    /** The right choice of a quiz. */
    @Column(name = "answer_key")
    public String answerKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<NudgePrompt> of(String nudgeId, ActionType actionType) {
        return findByIdOptional(new Key(nudgeId, actionType));
    }

    public static NudgePrompt create(String nudgeId, ActionType actionType, String repId, String behaviourKey, Instant now) {
        NudgePrompt prompt = new NudgePrompt();
        prompt.nudgeId = nudgeId;
        prompt.actionType = actionType;
        prompt.repId = repId;
        prompt.behaviourKey = behaviourKey;
        prompt.createdAt = now;
        return prompt;
    }
}
