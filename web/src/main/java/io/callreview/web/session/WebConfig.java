package io.callreview.web.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The web app's settings (prefix {@code callreview.web}); environment variables in README. */
@ConfigMapping(prefix = "callreview.web")
public interface WebConfig {

    LocalSignIn localSignIn();

    /** How long a session lasts before the user signs in again. */
    @WithDefault("PT12H")
    Duration sessionLength();

    /** Signing in with a list of demo users and the local key: for {@code deploy/local/run.sh} only, never in production. */
    interface LocalSignIn {

        @WithDefault("false")
        boolean enabled();

        /** The folder holding the local suite's {@code jwt-private.pem}. */
        Optional<String> keysDir();

        /** Issuer of the tokens it signs: the services' {@code JWT_ISSUER}. */
        @WithDefault("https://callreview.local")
        String issuer();

        /** {@code role:user-id[:team...]} entries listed on the sign-in page. */
        Optional<List<String>> demoUsers();
    }
}
