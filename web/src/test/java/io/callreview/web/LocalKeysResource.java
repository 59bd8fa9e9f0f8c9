package io.callreview.web;

import io.callreview.devtools.SigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** The local key that the local sign-in signs with, as {@code deploy/local/run.sh} creates it. */
public class LocalKeysResource implements QuarkusTestResourceLifecycleManager {

    public static final Path KEYS = Path.of("target/test-keys");

    @Override
    public Map<String, String> start() {
        try {
            SigningKeys.ensure(KEYS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("callreview.web.local-sign-in.keys-dir", KEYS.toAbsolutePath().toString());
    }

    @Override
    public void stop() {
    }
}
