package io.callreview.testsupport;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.time.Duration;
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
}
