package io.callreview.scorecard.call.webhook;

import java.util.List;

/** Turns a source's stored identities and settings into what the integrations API answers. */
final class IntegrationViews {

    private IntegrationViews() {
    }

    static IdentityView identity(SourceIdentity identity) {
        return new IdentityView(identity.id.source(), identity.id.externalUser(), identity.repId, identity.teamId,
                identity.displayName, identity.updatedAt);
    }

    static SourceSettingsView settings(SourceSettings settings) {
        return new SourceSettingsView(settings.source, settings.defaultCallType, settings.topicRules, settings.updatedAt);
    }

    /** The settings of a source nobody has set up yet. */
    static SourceSettingsView noSettings(String source) {
        return new SourceSettingsView(source, null, List.of(), null);
    }
}
