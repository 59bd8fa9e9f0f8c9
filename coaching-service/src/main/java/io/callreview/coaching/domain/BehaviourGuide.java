package io.callreview.coaching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scorecard's words for a behaviour of a team's call type, as the latest scored call carried them: its question,
 * its guidance and its examples. Reflections, training units and quizzes are built from them.
 */
@Entity
@Table(name = "behaviour_guide")
@IdClass(BehaviourGuide.Key.class)
public class BehaviourGuide extends PanacheEntityBase {

    /** Composite primary key. */
    public record Key(String teamId, String callType, String behaviourKey) implements Serializable {
    }

    @Id
    @Column(name = "team_id")
    public String teamId;

    @Id
    @Column(name = "call_type")
    public String callType;

    @Id
    @Column(name = "behaviour_key")
    public String behaviourKey;

    @Column(nullable = false)
    public String question;

    public String guidance;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public List<String> examples;

    /** The start of the call these words came from. */
    @Column(name = "call_started_at", nullable = false)
    public Instant callStartedAt;

    /** The scorecard version the words belong to; 0 for words kept before versions were (V31). */
    @Column(name = "scorecard_version", nullable = false)
    public int scorecardVersion;

    public static Optional<BehaviourGuide> find(String teamId, String callType, String behaviourKey) {
        return teamId == null ? Optional.empty() : findByIdOptional(new Key(teamId, callType, behaviourKey));
    }

    /** A team's words for every behaviour of a call type (one statement, where {@link #find} of each would be one each). */
    public static List<BehaviourGuide> forCallType(String teamId, String callType) {
        return teamId == null ? List.of() : list("teamId = ?1 AND callType = ?2", teamId, callType);
    }

    /**
     * Takes a call's words when they belong to a later scorecard version than the words kept, or to the same version and
     * differ from them while the call is not older than theirs. A published version's words never change, so in
     * practice a call changes the guide only when its call type gets a new version: most calls write nothing here.
     */
    public static void record(String teamId, String callType, String behaviourKey, int scorecardVersion, String question,
                              String guidance, List<String> examples, Instant callStartedAt) {
        Optional<BehaviourGuide> kept = find(teamId, callType, behaviourKey);
        if (kept.isPresent() && !kept.get().takes(scorecardVersion, question, guidance, examples, callStartedAt)) {
            return;
        }
        BehaviourGuide guide = kept.orElseGet(() -> {
            BehaviourGuide created = new BehaviourGuide();
            created.teamId = teamId;
            created.callType = callType;
            created.behaviourKey = behaviourKey;
            return created;
        });
        guide.scorecardVersion = scorecardVersion;
        guide.question = question;
        guide.guidance = guidance;
        guide.examples = List.copyOf(examples);
        guide.callStartedAt = callStartedAt;
        if (!guide.isPersistent()) {
            guide.persist();
        }
    }

    private boolean takes(int version, String question, String guidance, List<String> examples, Instant startedAt) {
        if (version != scorecardVersion) {
            return version > scorecardVersion;
        }
        boolean same = this.question.equals(question) && Objects.equals(this.guidance, guidance) && this.examples.equals(examples);
        return !same && !startedAt.isBefore(callStartedAt);
    }
}
