package io.callreview.system;

import java.nio.file.Path;
import java.util.List;

/** Paths of the source tree the system tests inspect. */
final class Repository {

    /** The modules that run as a deployed process: the three services and the web app. */
    static final List<String> SERVICES = List.of("scorecard-service", "coaching-service", "notification-service", "web");

    private Repository() {
    }

    static Path root() {
        return Path.of(System.getProperty("callreview.repository", "..")).toAbsolutePath().normalize();
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
