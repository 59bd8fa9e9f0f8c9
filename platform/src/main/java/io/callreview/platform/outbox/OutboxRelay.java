package io.callreview.platform.outbox;

import io.callreview.platform.config.OutboxConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka from a background thread, with an idempotent producer and
 * {@code acks=all}. While the broker is unreachable it backs off and retries; nothing is dropped.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    @Inject
    OutboxConfig config;

    @Inject
    OutboxSweep sweep;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String defaultBootstrapServers;

    /** Every kafka.* setting (and KAFKA_* variable), as the consumers get them; the relay takes their security. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings;

    private final Semaphore wakeUps = new Semaphore(0);
    private final ReentrantLock sweeping = new ReentrantLock();
    private volatile boolean running;
    private volatile boolean paused;
    private Thread worker;
    private Producer<String, String> producer;
    private Instant nextPurge = Instant.EPOCH;

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(20));
        }
        closeProducer();
    }

    /** Called after a commit that added events, so they leave without waiting for the next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    /**
     * Operators (and fault tests) can hold the relay; events keep accumulating safely in the outbox.
     * Returns once a sweep in progress has finished, so nothing leaves the outbox after it returns.
     */
    public void pause() {
        paused = true;
        sweeping.lock();
        sweeping.unlock();
    }

    public void resume() {
        paused = false;
        wakeUp();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                // A commit before this point is seen by the sweep below; one after it leaves a permit for the wait.
                wakeUps.drainPermits();
                OutboxSweep.Result result = sweepUnlessPaused();
                if (result != null) {
                    if (result.failed()) {
                        backoff = nextBackoff(backoff);
                        LOG.warnf("outbox relay could not publish (%s); retrying in %d ms",
                                result.failure().toString(), backoff.toMillis());
                        meters.counter("callreview.outbox.failures").increment();
                        closeProducer();
                        sleep(backoff);
                        continue;
                    }
                    backoff = Duration.ZERO;
                    purgeIfDue();
                    if (result.sent() > 0 && result.more()) {
                        continue;
                    }
                }
                wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = nextBackoff(backoff);
                LOG.warnf("outbox relay sweep failed (%s); retrying in %d ms", e.toString(), backoff.toMillis());
                meters.counter("callreview.outbox.failures").increment();
                sleep(backoff);
            }
        }
    }

    /** The sweep's result, or null while paused. */
    private OutboxSweep.Result sweepUnlessPaused() {
        sweeping.lock();
        try {
            return paused ? null : sweep.sweep(producer());
        } finally {
            sweeping.unlock();
        }
    }

    private void purgeIfDue() {
        Instant now = clock.instant();
        if (now.isAfter(nextPurge)) {
            nextPurge = now.plus(PURGE_EVERY);
            int purged = sweep.purgeSentBefore(now.minus(config.retention()));
            if (purged > 0) {
                LOG.debugf("purged %d sent outbox events", purged);
            }
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? Duration.ofMillis(250) : current.multipliedBy(2);
        return next.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : next;
    }

    private void sleep(Duration duration) {
        try {
            wakeUps.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private Map<String, Object> producerConfig() {
        int deliveryMs = (int) config.deliveryTimeout().toMillis();
        int requestMs = Math.min(5_000, deliveryMs);
        Map<String, Object> settings = new HashMap<>(securitySettings(kafkaSettings));
        settings.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers().orElse(defaultBootstrapServers),
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestMs,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryMs,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, requestMs));
        return settings;
    }

    /** TLS and SASL settings (security.protocol, sasl.*, ssl.*), leaving out those set to nothing. */
    static Map<String, Object> securitySettings(Map<String, Object> kafkaSettings) {
        Map<String, Object> security = new HashMap<>();
        kafkaSettings.forEach((key, value) -> {
            boolean isSecurity = key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.");
            if (isSecurity && value != null && !value.toString().isBlank()) {
                security.put(key, value);
            }
        });
        return security;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }
}
