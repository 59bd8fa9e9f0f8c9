package io.callreview.scorecard.call.webhook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jboss.logging.Logger;

/**
 * Bad signatures are counted per sender address, not against the source: a flood of forged requests blocks the
 * addresses it comes from, and the real sender, whose requests verify, keeps its per-source budget. An address that
 * sent the limit of bad signatures within the last minute is answered 429 before its signature is even computed,
 * until the oldest of them is a minute old.
 */
@ApplicationScoped
public class FailedSignatures {

    private static final Logger LOG = Logger.getLogger(FailedSignatures.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<String, Deque<Instant>> failures;
    private final int perMinute;
    private final Clock clock;

    @Inject
    public FailedSignatures(WebhookConfig config, Clock clock) {
        this.perMinute = config.failedSignaturesPerMinute();
        this.clock = clock;
        // bounded, and an address quiet for a window is forgotten: a flood from spoofed addresses cannot exhaust memory
        this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(WINDOW.multipliedBy(2)).build();
    }

    /** Answers 429 (RateLimitException) when {@code sender} sent its limit of bad signatures in the last minute. */
    public void refuseIfBlocked(String sender) {
        Deque<Instant> recent = failures.getIfPresent(sender);
        if (recent == null) {
            return;
        }
        Instant now = clock.instant();
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() >= perMinute) {
                Duration left = Duration.between(now, recent.peekFirst().plus(WINDOW));
                throw new RateLimitException(Math.max(1_000, left.toMillis()), "too many bad signatures from " + sender);
            }
        }
    }

    public void record(String sender) {
        Deque<Instant> recent = failures.get(sender, address -> new ArrayDeque<>());
        Instant now = clock.instant();
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
            if (recent.size() == perMinute) {
                LOG.warnf("webhook sender %s sent %d bad signatures within a minute: refused until they age out", sender, perMinute);
            }
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
