package io.callreview.scorecard.call.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a user of a webhook source (a HubSpot owner id, a Zoom host id or e-mail) to our rep and team, and
 * gives the name the rep appears under in transcripts, so their lines are graded as the rep's.
 */
@Entity
@Table(name = "source_identity")
public class SourceIdentity extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "source") String source, @Column(name = "external_user") String externalUser)
            implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(name = "rep_id", nullable = false)
    public String repId;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** External users compare without case: e-mail addresses and ids are matched as the source may vary them. */
    public static String normalise(String externalUser) {
        return externalUser == null ? null : externalUser.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceIdentity> find(String source, String externalUser) {
        return findByIdOptional(new Key(source, normalise(externalUser)));
    }

    public static List<SourceIdentity> listFor(String source) {
        return list("id.source = ?1 ORDER BY id.externalUser", source);
    }
}
