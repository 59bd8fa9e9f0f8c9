package io.callreview.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void freePortsLieBelowTheRangeOfOutgoingConnectionsAndAreNeverHandedOutTwice() throws IOException {
        int firstEphemeral = Ports.firstEphemeralPort();
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = Ports.free();
            assertThat(port).as("clear of the ports outgoing connections take").isBetween(10_000, firstEphemeral - 1);
            assertThat(ports.add(port)).as("port " + port + " handed out twice").isTrue();
        }
        int port = Ports.free();
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void theEphemeralRangeIsReadFromLinux() throws IOException {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        Assumptions.assumeTrue(Files.isReadable(range), "not Linux");
        String first = Files.readAllLines(range).get(0).trim().split("\\s+")[0];
        assertThat(Ports.firstEphemeralPort()).isEqualTo(Integer.parseInt(first));
    }

    @Test
    void aBoundPortIsNotHandedOut() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(Ports.free()));
            for (int i = 0; i < 200; i++) {
                assertThat(Ports.free()).isNotEqualTo(taken.getLocalPort());
            }
        }
    }
}
