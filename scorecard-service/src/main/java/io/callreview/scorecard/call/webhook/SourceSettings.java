package io.callreview.scorecard.call.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How calls from one webhook source get their call type: topic keywords first, then the source's default. */
@Entity
@Table(name = "source_settings")
public class SourceSettings extends PanacheEntityBase {

    @Id
    public String source;

    @Column(name = "default_call_type")
    public String defaultCallType;

    @Convert(converter = TopicRule.ListColumn.class)
    @Column(name = "topic_rules", nullable = false, columnDefinition = "LONGTEXT")
    public List<TopicRule> topicRules = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<SourceSettings> forSource(String source) {
        return findByIdOptional(source);
    }

    /** The call type for a call titled {@code topic}: the first rule whose keyword the title contains. */
    public Optional<String> callTypeFor(String topic) {
        if (topic != null) {
            String lower = topic.toLowerCase(Locale.ROOT);
            for (TopicRule rule : topicRules) {
                if (lower.contains(rule.keyword().toLowerCase(Locale.ROOT))) {
                    return Optional.of(rule.callType());
                }
            }
        }
        return Optional.ofNullable(defaultCallType);
    }
}
