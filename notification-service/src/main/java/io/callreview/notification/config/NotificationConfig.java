package io.callreview.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** Base URL of the rep-facing app; email and chat links to a nudge point below it. */
    @WithDefault("http://localhost:8083")
    String appUrl();

    Defaults defaults();

    Dispatcher dispatcher();

    Retry retry();

    Chat chat();

    Email email();

    /** What a rep gets before setting any preference. */
    interface Defaults {
        @WithDefault("UTC")
        String timeZone();

        /** Local quiet hours, "HH:mm-HH:mm"; empty for none. */
        @WithDefault("21:00-08:00")
        Optional<String> quietHours();

        @WithDefault("5")
        int dailyCap();

        @WithDefault("9")
        int digestHour();

        @WithDefault("09:00")
        LocalTime workStart();

        @WithDefault("17:30")
        LocalTime workEnd();

        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        Set<DayOfWeek> workDays();
    }

    interface Dispatcher {
        /** Whether this instance sends due deliveries; every instance may, they claim rows with SKIP LOCKED. */
        @WithDefault("true")
        boolean enabled();

        /** How often due deliveries are looked for (a Quarkus scheduler interval such as 1s). */
        @WithDefault("1s")
        String interval();

        /** Deliveries claimed per transaction. */
        @WithDefault("10")
        int batchSize();

        /**
         * How long a claimed delivery may stay in flight. A delivery still SENDING after its lease belongs to an
         * instance that died mid-send: it is marked FAILED (in doubt) instead of being sent again.
         */
        @WithDefault("PT10M")
        Duration lease();
    }

    /** Persisted retries: the next attempt time is stored, so a restart loses no retry. */
    interface Retry {
        /** Attempts per delivery before it is FAILED. */
        @WithDefault("6")
        int maxAttempts();

        @WithDefault("PT30S")
        Duration initialBackoff();

        @WithDefault("PT30M")
        Duration maxBackoff();

        /** Share of each backoff that is random (0 to 1), so retries of many deliveries spread out. */
        @WithDefault("0.5")
        double jitter();
    }

    interface Chat {

        String DEFAULT_CHAT_HOSTS = "hooks.slack.com,webhook.office.com,logic.azure.com,environment.api.powerplatform.com,"
                + "chat.googleapis.com";
        /** Connect and response timeout of a webhook POST. */
        @WithDefault("PT10S")
        Duration timeout();

        /**
         * Local runs and tests only: accept http:// webhooks on loopback and let a webhook reach a loopback address.
         * Private, link-local and metadata addresses stay refused.
         */
        @WithDefault("false")
        boolean allowInsecureLocalhost();

        /**
         * Webhook hosts: each allows itself and its subdomains. The known chat providers (Slack, Microsoft Teams and
         * Power Automate, Google Chat); self-hosted ones such as Mattermost or Rocket.Chat only when configured.
         */
        @WithDefault(DEFAULT_CHAT_HOSTS)
        List<String> allowedHosts();
    }

    interface Email {
        /** How long one SMTP send may take before it counts as failed (and is retried). */
        @WithDefault("PT30S")
        Duration timeout();

        @WithDefault("Coaching")
        String subjectPrefix();
    }
}
