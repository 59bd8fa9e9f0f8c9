package io.callreview.scorecard.call.webhook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.faulttolerance.api.RateLimitType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Bad signatures are counted per sender address, not against the source: a flood of forged requests blocks the
 * addresses it comes from, and the real sender, whose requests verify, keeps its per-source budget. An address over
 * its limit is answered 429 before its signature is even computed, until its window has room again.
 */
@ApplicationScoped
public class FailedSignatures {

    private static final Logger LOG = Logger.getLogger(FailedSignatures.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** One sender's rolling window of failures, and until when it is refused outright. */
    private static final class Sender {
        final Guard failures;
        volatile Instant blockedUntil = Instant.MIN;

        Sender(int perMinute) {
            failures = Guard.create().withRateLimit().limit(perMinute).window(WINDOW.toMinutes(), ChronoUnit.MINUTES)
                    .type(RateLimitType.ROLLING).done().build();
        }
    }

    private final Cache<String, Sender> senders;
    private final int perMinute;

    @Inject
    Clock clock;

    @Inject
    public FailedSignatures(WebhookConfig config) {
        this.perMinute = config.failedSignaturesPerMinute();
        // bounded, and a sender quiet for a window is forgotten: a spoofed-address flood cannot exhaust memory
        this.senders = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(WINDOW.multipliedBy(2)).build();
    }

    /** Answers 429 (RateLimitException) when {@code sender} used up its failures. */
    public void refuseIfBlocked(String sender) {
        Sender known = senders.getIfPresent(sender);
        if (known == null) {
            return;
        }
        Duration left = Duration.between(clock.instant(), known.blockedUntil);
        if (!left.isNegative() && !left.isZero()) {
            throw new RateLimitException(left.toMillis(), "too many bad signatures from " + sender);
        }
    }

    public void record(String sender) {
        Sender known = senders.get(sender, address -> new Sender(perMinute));
        try {
            known.failures.get(() -> Boolean.TRUE, Boolean.class);
        } catch (RateLimitException e) {
            known.blockedUntil = clock.instant().plusMillis(Math.max(1000, e.getRetryAfterMillis()));
            LOG.warnf("webhook sender %s sent more than %d bad signatures in a minute: refused for %d s", sender, perMinute,
                    Math.max(1, e.getRetryAfterMillis() / 1000));
        }
    }
}
