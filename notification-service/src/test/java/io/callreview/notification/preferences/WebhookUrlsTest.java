package io.callreview.notification.preferences;

import io.callreview.notification.config.NotificationConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookUrlsTest {

    private static final List<String> PROVIDERS = List.of(NotificationConfig.Chat.DEFAULT_CHAT_HOSTS.split(","));

    @Test
    void productionAcceptsOnlyHttpsWithoutCredentials() {
        NotificationConfig.Chat production = chat(false, PROVIDERS);
        assertThat(WebhookUrls.refusal("https://hooks.slack.com/services/T/B/X", production)).isEmpty();
        assertThat(WebhookUrls.refusal("http://hooks.slack.com/services/T/B/X", production)).contains("must use https");
        assertThat(WebhookUrls.refusal("http://127.0.0.1:8080/hook", production)).contains("must use https");
        assertThat(WebhookUrls.refusal("https://user:pw@hooks.slack.com/x", production)).isPresent();
        assertThat(WebhookUrls.refusal("not a url", production)).isPresent();
        assertThat(WebhookUrls.refusal("/relative", production)).isPresent();
    }

    @Test
    void productionAllowsTheKnownChatProvidersOnly() {
        NotificationConfig.Chat production = chat(false, PROVIDERS);
        assertThat(WebhookUrls.refusal("https://contoso.webhook.office.com/webhookb2/x", production)).isEmpty();
        assertThat(WebhookUrls.refusal("https://prod-12.westeurope.logic.azure.com:443/workflows/x", production)).isEmpty();
        assertThat(WebhookUrls.refusal("https://chat.googleapis.com/v1/spaces/AAA/messages?key=k", production)).isEmpty();
        assertThat(WebhookUrls.refusal("https://mattermost.example.com/hooks/x", production)).get().asString()
                .contains("not an allowed chat host");
        assertThat(WebhookUrls.refusal("https://localhost/hook", production)).get().asString().contains("not an allowed chat host");
    }

    @Test
    void addressesWrittenAsNonPublicIpsAreRefused() {
        NotificationConfig.Chat production = chat(false, PROVIDERS);
        for (String url : List.of("https://127.0.0.1/hook", "https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data/",
                "https://[::1]/hook", "https://[fd00:ec2::254]/", "https://[fe80::1]/hook", "https://[::ffff:127.0.0.1]/hook")) {
            assertThat(WebhookUrls.refusal(url, production)).as(url).get().asString().contains("is not a public address");
        }
    }

    @Test
    void loopbackOnlyWithTheLocalOverride() {
        NotificationConfig.Chat local = chat(true, PROVIDERS);
        assertThat(WebhookUrls.refusal("http://127.0.0.1:8080/hook", local)).isEmpty();
        assertThat(WebhookUrls.refusal("http://localhost:8080/hook", local)).isEmpty();
        assertThat(WebhookUrls.refusal("http://10.0.0.5/hook", local)).contains("must use https");
        assertThat(WebhookUrls.refusal("https://10.0.0.5/hook", local)).get().asString().contains("is not a public address");
    }

    @Test
    void allowedHostsRestrictWhereTheServicePosts() {
        NotificationConfig.Chat restricted = chat(false, List.of("hooks.slack.com", "example.chat"));
        assertThat(WebhookUrls.refusal("https://hooks.slack.com/services/T/B/X", restricted)).isEmpty();
        assertThat(WebhookUrls.refusal("https://team.example.chat/hook", restricted)).isEmpty();
        assertThat(WebhookUrls.refusal("https://evil-example.chat/hook", restricted)).isPresent();
        assertThat(WebhookUrls.refusal("https://internal.corp/hook", restricted)).get().asString().contains("not an allowed chat host");
    }

    @Test
    void onlyTheHostIsShown() {
        assertThat(WebhookUrls.displayHost("https://hooks.slack.com/services/T/B/SECRET")).isEqualTo("hooks.slack.com");
    }

    private static NotificationConfig.Chat chat(boolean localOverride, List<String> hosts) {
        return new NotificationConfig.Chat() {
            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public boolean allowInsecureLocalhost() {
                return localOverride;
            }

            @Override
            public List<String> allowedHosts() {
                return hosts;
            }
        };
    }
}
