package io.callreview.testsupport;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What every service answers without a token: readiness (database and broker up) and its OpenAPI document; and
 * that its Kafka consumers wait out a broker outage. Each service runs it as
 * {@code @QuarkusTest class HealthTest extends ServiceHealthContract}.
 */
public abstract class ServiceHealthContract {

    /** How long a consumer's calls outside poll() wait for the broker before they fail the channel for good. */
    static final Duration BROKER_OUTAGE_WAITED_OUT = Duration.ofMinutes(30);

    @Inject
    KafkaClientService kafka;

    @Test
    public void readyWithDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    public void apiNeedsAToken() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200);
    }

    /**
     * SmallRye's throttled commit strategy asks the consumer for a partition's committed offset outside the poll
     * loop's retries; a timeout there ends the channel. Every incoming channel's consumer must wait the broker out.
     */
    @Test
    public void everyIncomingChannelWaitsOutABrokerOutage() {
        assertThat(kafka.getConsumerChannels()).isNotEmpty();
        for (String channel : kafka.getConsumerChannels()) {
            for (KafkaConsumer<Object, Object> consumer : kafka.getConsumers(channel)) {
                Object timeout = consumer.configuration().get("default.api.timeout.ms");
                assertThat(timeout).as("default.api.timeout.ms of channel %s", channel).isNotNull();
                assertThat(Long.parseLong(timeout.toString())).as("default.api.timeout.ms of channel %s", channel)
                        .isGreaterThanOrEqualTo(BROKER_OUTAGE_WAITED_OUT.toMillis());
            }
        }
    }

    /**
     * A consumer waits out a database outage with its record unacknowledged (platform's DatabaseOutage); the throttled
     * commit strategy fails the channel for good once a record is older than its age limit (60 s by default), so every
     * channel's limit must be at least as long as a broker outage is waited out, or off (-1).
     */
    @Test
    public void everyIncomingChannelWaitsOutADatabaseOutage() {
        Config config = ConfigProvider.getConfig();
        long connectorDefault = config.getOptionalValue(
                "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms", Long.class).orElse(60_000L);
        for (String channel : kafka.getConsumerChannels()) {
            long maxAge = config.getOptionalValue(
                    "mp.messaging.incoming." + channel + ".throttled.unprocessed-record-max-age.ms", Long.class)
                    .orElse(connectorDefault);
            assertThat(maxAge == -1 || maxAge >= BROKER_OUTAGE_WAITED_OUT.toMillis())
                    .as("throttled.unprocessed-record-max-age.ms of channel %s is %d", channel, maxAge).isTrue();
        }
    }
}
