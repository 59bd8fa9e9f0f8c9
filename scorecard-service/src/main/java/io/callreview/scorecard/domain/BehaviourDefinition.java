package io.callreview.scorecard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/** The stored form of a {@link Behaviour} within one scorecard version. */
@Entity
@Table(name = "scorecard_behaviour")
public class BehaviourDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_version_id", nullable = false, updatable = false)
    public ScorecardVersion scorecard;

    @Column(nullable = false)
    public int position;

    @Column(name = "behaviour_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String question;

    @Column(length = 2000)
    public String guidance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BehaviourCategory category;

    @Column(nullable = false)
    public double weight;

    @Column(nullable = false)
    public boolean critical;

    @Column(name = "na_allowed", nullable = false)
    public boolean naAllowed;

    @Convert(converter = DetectionRuleConverter.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public DetectionRule detection;

    static BehaviourDefinition of(ScorecardVersion scorecard, int position, Behaviour value) {
        BehaviourDefinition definition = new BehaviourDefinition();
        definition.scorecard = scorecard;
        definition.position = position;
        definition.key = value.key();
        definition.question = value.question();
        definition.guidance = value.guidance();
        definition.category = value.category();
        definition.weight = value.weight();
        definition.critical = value.critical();
        definition.naAllowed = value.naAllowed();
        definition.detection = value.detection();
        return definition;
    }

    public Behaviour toValue() {
        return new Behaviour(key, question, guidance, category, weight, critical, naAllowed, detection);
    }
}
