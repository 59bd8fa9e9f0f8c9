package io.callreview.notification.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the packaged service (profile prod) does when the environment says nothing: mail only over STARTTLS, no
 * Swagger UI or OpenAPI document, health and metrics on the management port; each can still be set by environment.
 */
class ProductionDefaultsTest {

    @Test
    void packagedServiceRequiresStartTlsUnlessTheEnvironmentSaysOtherwise() throws IOException {
        assertThat(config("prod", Map.of()).getValue("quarkus.mailer.start-tls", String.class)).isEqualTo("REQUIRED");
        assertThat(config("prod", Map.of("SMTP_START_TLS", "DISABLED")).getValue("quarkus.mailer.start-tls", String.class))
                .isEqualTo("DISABLED");
        assertThat(config("test", Map.of()).getValue("quarkus.mailer.start-tls", String.class)).isEqualTo("OPTIONAL");
    }

    @Test
    void packagedServiceKeepsApiDocsOffAndHealthAndMetricsOffThePublicPort() throws IOException {
        SmallRyeConfig production = config("prod", Map.of());
        assertThat(production.getValue("quarkus.swagger-ui.enabled", Boolean.class)).isFalse();
        assertThat(production.getValue("quarkus.smallrye-openapi.enabled", Boolean.class)).isFalse();
        assertThat(production.getValue("quarkus.management.enabled", Boolean.class)).isTrue();
        assertThat(production.getValue("quarkus.management.port", Integer.class)).isEqualTo(9000);

        SmallRyeConfig documented = config("prod", Map.of("SWAGGER_UI_ENABLED", "true", "MANAGEMENT_PORT", "9100"));
        assertThat(documented.getValue("quarkus.swagger-ui.enabled", Boolean.class)).isTrue();
        assertThat(documented.getValue("quarkus.management.port", Integer.class)).isEqualTo(9100);

        SmallRyeConfig tests = config("test", Map.of());
        assertThat(tests.getValue("quarkus.swagger-ui.enabled", Boolean.class)).isTrue();
        assertThat(tests.getOptionalValue("quarkus.management.enabled", Boolean.class)).isEqualTo(Optional.empty());
    }

    @Test
    void kafkaSecurityComesFromTheEnvironment() throws IOException {
        assertThat(config("prod", Map.of()).getValue("kafka.security.protocol", String.class)).isEqualTo("PLAINTEXT");
        SmallRyeConfig secured = config("prod", Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;"));
        assertThat(secured.getValue("kafka.security.protocol", String.class)).isEqualTo("SASL_SSL");
        assertThat(secured.getValue("kafka.sasl.mechanism", String.class)).isEqualTo("SCRAM-SHA-512");
        assertThat(secured.getValue("kafka.sasl.jaas.config", String.class)).startsWith("org.apache.kafka");
    }

    /** The service's and the platform's configuration files, under a profile, with these environment variables. */
    private static SmallRyeConfig config(String profile, Map<String, String> environment) throws IOException {
        URL service = resourceContaining("application.properties", "notification.chat");
        URL platform = resourceContaining("META-INF/microprofile-config.properties", "KAFKA_BOOTSTRAP_SERVERS");
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(service, 250))
                .withSources(new PropertiesConfigSource(platform, 100))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
    }

    private static URL resourceContaining(String name, String marker) throws IOException {
        for (URL url : Collections.list(ProductionDefaultsTest.class.getClassLoader().getResources(name))) {
            try (InputStream in = url.openStream()) {
                if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(marker)) {
                    return url;
                }
            }
        }
        throw new IllegalStateException("no " + name + " with " + marker + " on the class path");
    }
}
