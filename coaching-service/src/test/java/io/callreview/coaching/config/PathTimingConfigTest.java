package io.callreview.coaching.config;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The path's timing per call type, set as the README says: in properties, or through the environment. */
class PathTimingConfigTest {

    private static CoachingConfig.Path path(SmallRyeConfigBuilder builder) {
        SmallRyeConfig config = builder.withMapping(CoachingConfig.class).build();
        return config.getConfigMapping(CoachingConfig.class).path();
    }

    @Test
    void defaultsAndPerCallTypeFromProperties() {
        CoachingConfig.Path path = path(new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(
                Map.of("coaching.path.call-types.renewal.training", "P21D"), "test", 100)));
        assertThat(path.training()).isEqualTo(Duration.ofDays(7));
        assertThat(path.mentoring()).isEqualTo(Duration.ofDays(14));
        assertThat(path.callTypes().get("renewal").training()).hasValue(Duration.ofDays(21));
        assertThat(path.callTypes().get("renewal").mentoring()).isEmpty();
    }

    @Test
    void perCallTypeFromTheEnvironment() {
        CoachingConfig.Path path = path(new SmallRyeConfigBuilder().withSources(new EnvConfigSource(
                Map.of("COACHING_PATH_CALL_TYPES_RENEWAL_TRAINING", "P21D", "COACHING_PATH_MENTORING", "P10D"), 300)));
        assertThat(path.mentoring()).isEqualTo(Duration.ofDays(10));
        assertThat(path.callTypes()).containsKey("renewal");
        assertThat(path.callTypes().get("renewal").training()).hasValue(Duration.ofDays(21));
    }
}
