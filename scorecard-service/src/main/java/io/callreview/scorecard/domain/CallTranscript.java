package io.callreview.scorecard.domain;

import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.TranscriptFormat;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** The parsed transcript of a call, in time order, with the role of every speaker. */
@Entity
@Table(name = "call_transcript")
public class CallTranscript extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public String callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TranscriptFormat format;

    @Column(name = "timing_estimated", nullable = false)
    public boolean timingEstimated;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Convert(converter = JsonColumns.Segments.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public List<Segment> segments;
}
