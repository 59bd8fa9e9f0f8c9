package io.callreview.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Webhook secrets for the local suite: generated once, kept with the data, never in the code. */
final class SuiteSecrets {

    static final List<String> NAMES = List.of("HUBSPOT_CLIENT_SECRET", "ZOOM_WEBHOOK_SECRET_TOKEN", "CALL_WEBHOOK_SECRET");

    private SuiteSecrets() {
    }

    static Map<String, String> ensure(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        SecureRandom random = new SecureRandom();
        boolean changed = false;
        for (String name : NAMES) {
            if (!properties.containsKey(name)) {
                byte[] bytes = new byte[24];
                random.nextBytes(bytes);
                properties.setProperty(name, HexFormat.of().formatHex(bytes));
                changed = true;
            }
        }
        if (changed) {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "local webhook secrets; delete the file to rotate them");
            }
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        NAMES.forEach(name -> secrets.put(name, properties.getProperty(name)));
        return secrets;
    }
}
