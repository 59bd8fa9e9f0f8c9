package io.callreview.scorecard.recording;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Authorization a recording's download sends: the bearer token the source gave with the recording (Zoom's
 * {@code download_token}); for Twilio, whose accounts may require HTTP basic authentication on media URLs, the
 * account SID and auth token when both are configured (the webhook settings); otherwise none.
 */
@ApplicationScoped
public class RecordingCredentials {

    static final String TWILIO = "twilio";

    @ConfigProperty(name = "callreview.webhooks.twilio.account-sid")
    Optional<String> twilioAccountSid;

    @ConfigProperty(name = "callreview.webhooks.twilio.auth-token")
    Optional<String> twilioAuthToken;

    public String authorization(String source, String token) {
        if (token != null) {
            return "Bearer " + token;
        }
        if (TWILIO.equals(source) && twilioAccountSid.isPresent() && twilioAuthToken.isPresent()) {
            String pair = twilioAccountSid.get() + ":" + twilioAuthToken.get();
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }
}
