package io.callreview.notification.preferences;

import io.callreview.notification.config.NotificationConfig;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class PreferencesService {

    @Inject
    NotificationConfig config;

    @Inject
    Clock clock;

    /** The preferences in force for a rep, stored or default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPreferences effective(String repId) {
        return RepPreferences.<RepPreferences>findByIdOptional(repId)
                .map(DeliveryPreferences::of)
                .orElseGet(() -> DeliveryPreferences.defaults(config.defaults()));
    }

    @Transactional
    public PreferencesView get(String repId) {
        Optional<RepPreferences> stored = RepPreferences.findByIdOptional(repId);
        return PreferencesView.of(repId, stored.map(DeliveryPreferences::of)
                .orElseGet(() -> DeliveryPreferences.defaults(config.defaults())), stored.map(p -> p.updatedAt).orElse(null));
    }

    /** Replaces the rep's preferences; every field left out takes its default. Nothing is stored if any field is wrong. */
    @Transactional
    public PreferencesView replace(String repId, PreferencesRequest request, String changedBy) {
        DeliveryPreferences defaults = DeliveryPreferences.defaults(config.defaults());
        List<Problem.FieldError> errors = new ArrayList<>();
        ChannelSwitches channels = request.channels() == null ? new ChannelSwitches(null, null, null) : request.channels();
        DigestSettings digest = request.digest() == null ? new DigestSettings(null, null) : request.digest();

        String zone = blankToNull(request.timeZone());
        if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
            errors.add(new Problem.FieldError("timeZone", "'" + zone + "' is not an IANA time zone such as Europe/Berlin"));
        }
        Optional<QuietHours> quietHours = defaults.quietHours();
        if (request.quietHours() != null) {
            try {
                quietHours = QuietHours.parse(request.quietHours());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("quietHours", e.getMessage()));
            }
        }
        String email = blankToNull(request.emailAddress());
        boolean emailOn = orDefault(channels.email(), defaults.email());
        if (emailOn && email == null) {
            errors.add(new Problem.FieldError("emailAddress", "is required while channels.email is on"));
        }
        String webhook = blankToNull(request.chatWebhookUrl());
        boolean chatOn = orDefault(channels.chat(), defaults.chat());
        if (webhook != null) {
            WebhookUrls.refusal(webhook, config.chat())
                    .ifPresent(reason -> errors.add(new Problem.FieldError("chatWebhookUrl", reason)));
        } else if (chatOn) {
            errors.add(new Problem.FieldError("chatWebhookUrl", "is required while channels.chat is on"));
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
            throw new ApiException(400, "validation", "Invalid request", detail, errors);
        }

        RepPreferences stored = RepPreferences.<RepPreferences>findByIdOptional(repId).orElseGet(() -> {
            RepPreferences created = new RepPreferences();
            created.repId = repId;
            return created;
        });
        stored.inboxEnabled = orDefault(channels.inbox(), defaults.inbox());
        stored.emailEnabled = emailOn;
        stored.chatEnabled = chatOn;
        stored.emailAddress = email;
        stored.chatWebhookUrl = webhook;
        stored.timeZone = zone == null ? defaults.zone().getId() : zone;
        stored.quietHours = quietHours.map(QuietHours::toString).orElse(null);
        stored.dailyCap = request.dailyCap() == null ? defaults.dailyCap() : request.dailyCap();
        stored.digestEnabled = orDefault(digest.enabled(), defaults.digest());
        stored.digestHour = digest.hour() == null ? defaults.digestHour() : digest.hour();
        stored.updatedAt = clock.instant();
        stored.updatedBy = changedBy;
        stored.persist();
        return PreferencesView.of(repId, DeliveryPreferences.of(stored), stored.updatedAt);
    }

    private static boolean orDefault(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
