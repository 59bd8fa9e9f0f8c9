package io.callreview.notification.preferences;

import io.callreview.notification.config.NotificationConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookUrlsTest {

    @Test
    void productionAcceptsOnlyHttpsWithoutCredentials() {
        NotificationConfig.Chat production = chat(false, Optional.empty());
        assertThat(WebhookUrls.refusal("https://hooks.slack.com/services/T/B/X", production)).isEmpty();
        assertThat(WebhookUrls.refusal("http://hooks.slack.com/services/T/B/X", production)).contains("must use https");
        assertThat(WebhookUrls.refusal("http://127.0.0.1:8080/hook", production)).contains("must use https");
        assertThat(WebhookUrls.refusal("https://user:pw@hooks.slack.com/x", production)).isPresent();
        assertThat(WebhookUrls.refusal("not a url", production)).isPresent();
        assertThat(WebhookUrls.refusal("/relative", production)).isPresent();
    }

    @Test
    void loopbackHttpOnlyWhenAllowed() {
        NotificationConfig.Chat tests = chat(true, Optional.empty());
        assertThat(WebhookUrls.refusal("http://127.0.0.1:8080/hook", tests)).isEmpty();
        assertThat(WebhookUrls.refusal("http://localhost:8080/hook", tests)).isEmpty();
        assertThat(WebhookUrls.refusal("http://10.0.0.5/hook", tests)).contains("must use https");
    }

    @Test
    void allowedHostsRestrictWhereTheServicePosts() {
        NotificationConfig.Chat restricted = chat(false, Optional.of(List.of("hooks.slack.com", "example.chat")));
        assertThat(WebhookUrls.refusal("https://hooks.slack.com/services/T/B/X", restricted)).isEmpty();
        assertThat(WebhookUrls.refusal("https://team.example.chat/hook", restricted)).isEmpty();
        assertThat(WebhookUrls.refusal("https://evil-example.chat/hook", restricted)).isPresent();
        assertThat(WebhookUrls.refusal("https://internal.corp/hook", restricted)).get().asString().contains("not an allowed chat host");
    }

    @Test
    void onlyTheHostIsShown() {
        assertThat(WebhookUrls.displayHost("https://hooks.slack.com/services/T/B/SECRET")).isEqualTo("hooks.slack.com");
    }

    private static NotificationConfig.Chat chat(boolean insecureLocalhost, Optional<List<String>> hosts) {
        return new NotificationConfig.Chat() {
            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public boolean allowInsecureLocalhost() {
                return insecureLocalhost;
            }

            @Override
            public Optional<List<String>> allowedHosts() {
                return hosts;
            }
        };
    }
}
