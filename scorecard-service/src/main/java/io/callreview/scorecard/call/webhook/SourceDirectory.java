package io.callreview.scorecard.call.webhook;

import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.domain.CallType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What admins set up so that webhook calls land on the right rep, team and call type: an identity per source
 * user (HubSpot owner, Zoom host) and, per source, a default call type with topic keywords that override it.
 */
@ApplicationScoped
public class SourceDirectory {

    public static final List<String> SOURCES = List.of("hubspot", "zoom", "twilio");

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional
    public IdentityView putIdentity(String source, String externalUser, IdentityRequest request) {
        requireSource(source);
        if (externalUser == null || externalUser.isBlank() || externalUser.length() > 200) {
            throw ApiException.badRequest("externalUser", "must be 1 to 200 characters");
        }
        SourceIdentity identity = SourceIdentity.find(source, externalUser).orElseGet(() -> {
            SourceIdentity created = new SourceIdentity();
            created.id = new SourceIdentity.Key(source, SourceIdentity.normalise(externalUser));
            return created;
        });
        Map<String, Object> before = identity.repId == null ? null
                : AuditLog.details("repId", identity.repId, "teamId", identity.teamId, "displayName", identity.displayName);
        identity.repId = request.repId();
        identity.teamId = request.teamId();
        identity.displayName = request.displayName() == null ? null : request.displayName().strip();
        identity.updatedAt = clock.instant();
        identity.persist();
        audit.record(AuditAction.SOURCE_IDENTITY_SET, AuditEntities.SOURCE, source + "/" + identity.id.externalUser(), AuditLog.details(
                "before", before,
                "after", AuditLog.details("repId", identity.repId, "teamId", identity.teamId, "displayName", identity.displayName)));
        return IntegrationViews.identity(identity);
    }

    @Transactional
    public List<IdentityView> identities(String source) {
        requireSource(source);
        return SourceIdentity.listFor(source).stream().map(IntegrationViews::identity).toList();
    }

    @Transactional
    public void deleteIdentity(String source, String externalUser) {
        requireSource(source);
        SourceIdentity identity = SourceIdentity.find(source, externalUser)
                .orElseThrow(() -> ApiException.notFound(source + " user", externalUser));
        identity.delete();
        audit.record(AuditAction.SOURCE_IDENTITY_REMOVED, AuditEntities.SOURCE, source + "/" + identity.id.externalUser(),
                AuditLog.details("before", AuditLog.details("repId", identity.repId, "teamId", identity.teamId)));
    }

    @Transactional
    public SourceSettingsView putSettings(String source, SourceSettingsRequest request) {
        requireSource(source);
        if (request.defaultCallType() != null && CallType.findByKey(request.defaultCallType()).isEmpty()) {
            throw ApiException.unprocessable("defaultCallType", "call type '" + request.defaultCallType() + "' does not exist");
        }
        for (int i = 0; i < request.topicRules().size(); i++) {
            TopicRule rule = request.topicRules().get(i);
            if (CallType.findByKey(rule.callType()).isEmpty()) {
                throw ApiException.unprocessable("topicRules[" + i + "].callType", "call type '" + rule.callType() + "' does not exist");
            }
        }
        SourceSettings settings = SourceSettings.forSource(source).orElseGet(() -> {
            SourceSettings created = new SourceSettings();
            created.source = source;
            return created;
        });
        Map<String, Object> before = settings.updatedAt == null ? null
                : AuditLog.details("defaultCallType", settings.defaultCallType, "topicRules", List.copyOf(settings.topicRules));
        settings.defaultCallType = request.defaultCallType();
        settings.topicRules = new ArrayList<>(request.topicRules());
        settings.updatedAt = clock.instant();
        settings.persist();
        audit.record(AuditAction.SOURCE_SETTINGS_CHANGED, AuditEntities.SOURCE, source, AuditLog.details("before", before,
                "after", AuditLog.details("defaultCallType", settings.defaultCallType, "topicRules", List.copyOf(settings.topicRules))));
        return IntegrationViews.settings(settings);
    }

    @Transactional
    public SourceSettingsView settings(String source) {
        requireSource(source);
        return SourceSettings.forSource(source).map(IntegrationViews::settings)
                .orElseGet(() -> IntegrationViews.noSettings(source));
    }

    /** The rep behind a source's user, trying each of the user's ids (a Zoom host has an id and an e-mail). */
    public SourceIdentity identity(String source, String field, String... externalUsers) {
        for (String user : externalUsers) {
            if (user != null && !user.isBlank()) {
                Optional<SourceIdentity> identity = SourceIdentity.find(source, user);
                if (identity.isPresent()) {
                    return identity.get();
                }
            }
        }
        throw ApiException.unprocessable(field, "no rep is mapped to " + source + " user "
                + String.join(" / ", java.util.Arrays.stream(externalUsers).filter(u -> u != null && !u.isBlank()).toList())
                + ": map it with PUT /api/integrations/" + source + "/identities/{externalUser}");
    }

    /** The call type for a call of this source titled {@code topic}. */
    public String callType(String source, String field, String topic) {
        return SourceSettings.forSource(source).flatMap(settings -> settings.callTypeFor(topic))
                .orElseThrow(() -> ApiException.unprocessable(field, "cannot tell the call type of '" + topic
                        + "': set a default call type or topic rules with PUT /api/integrations/" + source + "/settings"));
    }

    private static void requireSource(String source) {
        if (!SOURCES.contains(source)) {
            throw ApiException.notFound("webhook source", source);
        }
    }
}
