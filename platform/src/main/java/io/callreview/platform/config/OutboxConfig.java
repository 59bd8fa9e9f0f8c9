package io.callreview.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "callreview.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay; every instance may, they share the work by lane. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Brokers the relay publishes to; defaults to {@code kafka.bootstrap.servers}. */
    @WithName("bootstrap-servers")
    Optional<String> bootstrapServers();

    /** How long an idle relay waits before looking again; a commit that adds events wakes it at once. */
    @WithDefault("500ms")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** Lanes claimed per sweep: fewer than 16 lets several relay instances work side by side. */
    @WithDefault("8")
    int lanesPerClaim();

    /** Longest wait between attempts while the broker is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** How long a record may take to be acknowledged before the sweep gives up and retries it. */
    @WithDefault("15s")
    Duration deliveryTimeout();

    /** Sent events are kept this long for audit and replay, then purged. */
    @WithDefault("P7D")
    Duration retention();
}
