package io.callreview.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One of the three services, run from its packaged Quarkus jar as a separate process. */
public final class ServiceProcess extends ChildProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final int managementPort;

    ServiceProcess(String name, Path jar, int port, int managementPort, Map<String, String> environment, Path log,
                   List<String> jvmOptions) {
        super(name, ChildProcess.java(jvmOptions, List.of("-jar", jar.toString())), environment, log);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the suite first (./mvnw -DskipTests package)");
        }
        this.port = port;
        this.managementPort = managementPort;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Health and metrics: the management interface, apart from the API. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** Waits until the readiness check (database, broker) answers UP. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException(name() + " exited during start-up; see " + log());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // still starting
            }
            Ports.sleep(500);
        }
        throw new IllegalStateException(name() + " was not ready within " + timeout + "; see " + log());
    }

    public ServiceProcess restartAndAwait(Duration timeout) throws Exception {
        start();
        awaitReady(timeout);
        return this;
    }
}
