package io.callreview.notification;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Tests that deliver to a chat receiver on 127.0.0.1 turn on the local override explicitly; every other test runs
 * with the production rules, under which a loopback webhook is never called.
 */
public class LoopbackChat implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("notification.chat.allow-insecure-localhost", "true");
    }
}
