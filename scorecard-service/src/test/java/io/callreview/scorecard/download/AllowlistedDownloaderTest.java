package io.callreview.scorecard.download;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Redirects are re-checked against the allowlist, and credentials never follow one to another host. */
class AllowlistedDownloaderTest {

    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private HttpServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/", exchange -> {
            String host = exchange.getRequestHeaders().getFirst("Host").replaceFirst(":\\d+$", "");
            String path = exchange.getRequestURI().getPath();
            authorizations.put(host + path, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (path.equals("/media")) {
                exchange.getResponseHeaders().add("Location", "http://localhost:" + port + "/signed-file");
                exchange.sendResponseHeaders(302, -1);
            } else if (path.equals("/same-host")) {
                exchange.getResponseHeaders().add("Location", "/signed-file");
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] body = "audio".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void credentialsGoToTheUrlsHostButNotAlongARedirectToAnotherHost() {
        byte[] file = new AllowlistedDownloader().bytes("http://127.0.0.1:" + port + "/media",
                policy(List.of("127.0.0.1", "localhost")), "Basic c2lkOnRva2Vu");

        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("audio");
        assertThat(authorizations).containsEntry("127.0.0.1/media", "Basic c2lkOnRva2Vu")
                .containsEntry("localhost/signed-file", "null");
    }

    @Test
    void aRedirectOnTheSameHostKeepsTheCredentials() {
        new AllowlistedDownloader().bytes("http://127.0.0.1:" + port + "/same-host", policy(List.of("127.0.0.1")), "Bearer t");

        assertThat(authorizations).containsEntry("127.0.0.1/signed-file", "Bearer t");
    }

    @Test
    void aRedirectToAHostOffTheAllowlistIsNotFollowed() {
        assertThatThrownBy(() -> new AllowlistedDownloader().bytes("http://127.0.0.1:" + port + "/media",
                policy(List.of("127.0.0.1")), null))
                .isInstanceOf(DownloadException.class).hasMessageContaining("not from http://localhost");
        assertThat(authorizations).doesNotContainKey("localhost/signed-file");
    }

    private static DownloadPolicy policy(List<String> hosts) {
        return new DownloadPolicy(hosts, true, Duration.ofSeconds(5), 1024);
    }
}
