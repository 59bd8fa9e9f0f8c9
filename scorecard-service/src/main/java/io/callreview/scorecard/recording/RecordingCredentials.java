package io.callreview.scorecard.recording;

import io.callreview.scorecard.call.webhook.WebhookConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The Authorization a recording's download sends: the bearer token the source gave with the recording (Zoom's
 * {@code download_token}); for Twilio, whose accounts may require HTTP basic authentication on media URLs, the
 * account SID and auth token when both are configured; otherwise none.
 */
@ApplicationScoped
public class RecordingCredentials {

    static final String TWILIO = "twilio";

    @Inject
    WebhookConfig webhooks;

    public String authorization(String source, String token) {
        if (token != null) {
            return "Bearer " + token;
        }
        WebhookConfig.Twilio twilio = webhooks.twilio();
        if (TWILIO.equals(source) && twilio.accountSid().isPresent() && twilio.authToken().isPresent()) {
            String pair = twilio.accountSid().get() + ":" + twilio.authToken().get();
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }
}
