package io.callreview.notification.preferences;

import io.callreview.notification.config.NotificationConfig;
import io.callreview.notification.domain.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The preferences in force for a rep: what they stored, or the defaults. */
public record DeliveryPreferences(
        boolean inbox,
        boolean email,
        boolean chat,
        String emailAddress,
        String chatWebhookUrl,
        ZoneId zone,
        Optional<QuietHours> quietHours,
        int dailyCap,
        boolean digest,
        int digestHour,
        boolean customized) {

    public static DeliveryPreferences defaults(NotificationConfig.Defaults defaults) {
        return new DeliveryPreferences(true, false, false, null, null, ZoneId.of(defaults.timeZone()),
                defaults.quietHours().flatMap(QuietHours::parse), defaults.dailyCap(), false, defaults.digestHour(), false);
    }

    public static DeliveryPreferences of(RepPreferences stored) {
        return new DeliveryPreferences(stored.inboxEnabled, stored.emailEnabled, stored.chatEnabled, stored.emailAddress,
                stored.chatWebhookUrl, ZoneId.of(stored.timeZone), QuietHours.parse(stored.quietHours), stored.dailyCap,
                stored.digestEnabled, stored.digestHour, true);
    }

    /** Channels that interrupt the rep and can actually reach them. */
    public Set<Channel> pushChannels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (reaches(Channel.EMAIL)) {
            channels.add(Channel.EMAIL);
        }
        if (reaches(Channel.CHAT)) {
            channels.add(Channel.CHAT);
        }
        return channels;
    }

    public boolean reaches(Channel channel) {
        return switch (channel) {
            case INBOX -> inbox;
            case EMAIL -> email && emailAddress != null;
            case CHAT -> chat && chatWebhookUrl != null;
        };
    }

    public String destination(Channel channel) {
        return switch (channel) {
            case INBOX -> null;
            case EMAIL -> emailAddress;
            case CHAT -> chatWebhookUrl;
        };
    }

    /** The earliest instant at or after {@code instant} outside quiet hours. */
    public Instant outsideQuietHours(Instant instant) {
        return quietHours.map(quiet -> quiet.nextAllowed(instant, zone)).orElse(instant);
    }

    public boolean isQuiet(Instant instant) {
        return quietHours.map(quiet -> quiet.contains(instant.atZone(zone).toLocalTime())).orElse(false);
    }

    /** The next digest time strictly after {@code now}, in the rep's zone. */
    public Instant nextDigestAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(digestHour, 0).atZone(zone);
        return (today.isAfter(local) ? today : local.toLocalDate().plusDays(1).atTime(digestHour, 0).atZone(zone)).toInstant();
    }

    public LocalDate localDay(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
