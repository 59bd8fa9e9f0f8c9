package io.callreview.scorecard.domain;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
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
import java.util.List;

/** The verdict on one behaviour within one score revision, with the evidence that supports it. */
@Entity
@Table(name = "behaviour_verdict")
public class BehaviourVerdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "score_revision_id", nullable = false, updatable = false)
    public ScoreRevision score;

    @Column(nullable = false)
    public int position;

    @Column(name = "behaviour_key", nullable = false)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    @Column(nullable = false)
    public double confidence;

    @Column(name = "expected_at_ms")
    public Long expectedAtMs;

    @Convert(converter = JsonColumns.EvidenceList.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public List<Evidence> evidence;

    @Column(length = 1000)
    public String rationale;

    @Column(length = 4000)
    public String comment;

    /** Decided by a coach in this revision or an earlier one, rather than carried over from the grader. */
    @Column(name = "coach_decided", nullable = false)
    public boolean coachDecided;
}
