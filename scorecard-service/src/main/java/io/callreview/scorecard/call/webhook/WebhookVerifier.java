package io.callreview.scorecard.call.webhook;

import io.callreview.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import static io.callreview.scorecard.call.webhook.WebhookSignatures.badSignature;
import static io.callreview.scorecard.call.webhook.WebhookSignatures.fresh;
import static io.callreview.scorecard.call.webhook.WebhookSignatures.same;
import static io.callreview.scorecard.call.webhook.WebhookSignatures.secret;

/**
 * Verifies a signed webhook request before anything of its body is read, the same way for every source: the source
 * must be configured, the timestamp header present, the signature equal in constant time, and only then is the
 * timestamp checked for freshness. Each source brings its own headers and its own way of signing.
 * The webhooks take no bearer token: this signature over the raw body is their authentication, and the timestamp,
 * no more than {@code callreview.webhooks.max-age} (5 minutes) away, refuses replays. A bad or stale signature
 * answers 401 and stores nothing.
 */
@ApplicationScoped
public class WebhookVerifier {

    /** The headers a source signs with, its configured secret, and the environment variable that sets it. */
    public record Scheme(String signatureHeader, String timestampHeader, String secretVariable,
                         Function<WebhookConfig, Optional<String>> configuredSecret) {
    }

    /** The signature the source would have sent for this request, given its secret and the (stripped) timestamp. */
    @FunctionalInterface
    public interface Signer {
        String sign(String secret, String timestamp);
    }

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    @Inject
    FailedSignatures failedSignatures;

    /**
     * Answers 401 for an unconfigured source or a missing, bad or stale signature, counted against {@code sender} (the
     * request's address, {@link WebhookSenders}); 429 at once for a sender over its limit of bad signatures.
     *
     * @return the secret the request was verified with
     */
    public String verify(Scheme scheme, String sender, String signature, String timestamp, Signer signer) {
        failedSignatures.refuseIfBlocked(sender);
        try {
            String secret = secret(scheme.configuredSecret().apply(config), scheme.secretVariable());
            if (timestamp == null || timestamp.isBlank()) {
                throw ApiException.unauthorized("the " + scheme.timestampHeader() + " header is missing");
            }
            if (!same(signer.sign(secret, timestamp.strip()), signature)) {
                throw badSignature(scheme.signatureHeader());
            }
            fresh(scheme.timestampHeader(), timestamp, clock.instant(), config.maxAge());
            return secret;
        } catch (ApiException e) {
            failedSignatures.record(sender);
            throw e;
        }
    }
}
