package io.callreview.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service reads: every {@code ${VAR}} in its configuration, and in the platform's when
 * it is built on the platform (the web app is not).
 */
final class ServiceEnvironment {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Path PLATFORM_CONFIG = Path.of("platform/src/main/resources/META-INF/microprofile-config.properties");

    private ServiceEnvironment() {
    }

    static Set<String> variablesOf(String service) {
        Set<String> variables = new TreeSet<>();
        if (usesPlatform(service)) {
            variables.addAll(referencedIn(Repository.root().resolve(PLATFORM_CONFIG)));
        }
        variables.addAll(referencedIn(Repository.resolve(service + "/src/main/resources/application.properties")));
        return variables;
    }

    private static boolean usesPlatform(String service) {
        try {
            return Files.readString(Repository.resolve(service + "/pom.xml")).contains("<artifactId>platform</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> referencedIn(Path file) {
        Set<String> names = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.stripLeading().startsWith("#")) {
                    continue;
                }
                Matcher matcher = REFERENCE.matcher(line);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
