package io.callreview.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

final class Ports {

    private Ports() {
    }

    /** Ports handed out in this JVM: one not bound yet is free to the OS and could otherwise be handed out twice. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;

    /**
     * A port free now, below the range the OS takes the local ports of outgoing connections from: a port handed out
     * from that range can be taken by any client socket (a Kafka or JDBC connection) before the service binds it,
     * and the service then fails to start.
     */
    static int free() {
        int below = firstEphemeralPort();
        for (int attempt = 0; attempt < ATTEMPTS && below > LOWEST; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        return anyFree();
    }

    private static int anyFree() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** Linux's first ephemeral port (32768 by default); elsewhere the IANA range's, 49152. */
    static int firstEphemeralPort() {
        // read line by line: procfs reports a size of 0, and a read sized by it can come back cut short
        try (BufferedReader range = Files.newBufferedReader(EPHEMERAL_RANGE)) {
            return Integer.parseInt(range.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 49_152;
        }
    }

    static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void awaitOpen(int port, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!inUse(port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not open port " + port + " within " + timeout);
            }
            sleep(200);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
